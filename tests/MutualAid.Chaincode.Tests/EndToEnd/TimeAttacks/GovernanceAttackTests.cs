using static MutualAid.Chaincode.Tests.Support.DomainCalls;

namespace MutualAid.Chaincode.Tests.EndToEnd.TimeAttacks;

/// <summary>A proposal's seven-day vote and two-day timelock cannot be cut short, nor its record backdated.</summary>
[NonParallelizable]
[CancelAfter(60_000)]
public sealed class GovernanceAttackTests
{
    private const string Newcomer = "NewcomerMSP";

    private static TimeAttack Attack => new(TimeAttackNetwork.Network);

    [Test]
    public async Task TallyAndExecute_DatedPastTheVoteAndTimelockOfAnOpenProposal_RefusedAndTheProposalStaysOpen()
    {
        var proposalId = await OpenProposalAsync("atk-tally");
        await Attack.SubmitAsync(InsurerMsp, "Delegate", "VoteOnProposal", VoteFor(proposalId));
        await Attack.SubmitAsync(NgoMsp, "Delegate", "VoteOnProposal", VoteFor(proposalId));

        await Attack.AssertRefusedAsync(InsurerMsp, "Coordinator", TimeAttack.Shifted(TimeSpan.FromDays(8)), "TallyProposal", Proposal(proposalId));
        await Attack.AssertRefusedAsync(InsurerMsp, "Coordinator", TimeAttack.Shifted(TimeSpan.FromDays(11)), "ExecuteProposal", Proposal(proposalId));

        var view = await Attack.EvaluateAsync(InsurerMsp, "Auditor", "GetProposal", Proposal(proposalId));
        Assert.That(Property(view, "proposal.status").GetString(), Is.EqualTo("Open"));
        Assert.That(Property(view, "votes").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task SubmitProposal_BackdatedSoItsVoteHasAlreadyEnded_Refused()
    {
        const string PoolId = "atk-propose";
        await Attack.SubmitAsync(InsurerMsp, "Delegate", "CreatePool", CreatePool(PoolId));

        await Attack.AssertRefusedAsync(InsurerMsp, "Delegate", TimeAttack.Shifted(-TimeSpan.FromDays(8)), "SubmitProposal", ProposeAdmission(PoolId, Newcomer));
    }

    [Test]
    public async Task VoteOnProposal_BackdatedBeforeTheProposalExisted_RefusedAndNoVoteRecorded()
    {
        var proposalId = await OpenProposalAsync("atk-vote");

        await Attack.AssertRefusedAsync(NgoMsp, "Delegate", TimeAttack.Shifted(-TimeSpan.FromDays(1)), "VoteOnProposal", VoteFor(proposalId));

        // The honest vote still goes through: the forged one recorded nothing (no ALREADY_VOTED).
        var vote = await Attack.SubmitAsync(NgoMsp, "Delegate", "VoteOnProposal", VoteFor(proposalId));
        Assert.That(Text(vote, "orgMsp"), Is.EqualTo(NgoMsp));
    }

    private static async Task<string> OpenProposalAsync(string poolId)
    {
        await Attack.SubmitAsync(InsurerMsp, "Delegate", "CreatePool", CreatePool(poolId));
        var proposal = await Attack.SubmitAsync(InsurerMsp, "Delegate", "SubmitProposal", ProposeAdmission(poolId, Newcomer));
        return Text(proposal, "proposalId");
    }
}
