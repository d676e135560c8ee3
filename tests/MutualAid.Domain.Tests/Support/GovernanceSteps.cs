using MutualAid.Domain.Json;
using MutualAid.Domain.Model;

namespace MutualAid.Domain.Tests.Support;

/// <summary>Governance steps on a <see cref="TestChain"/>: propose, vote, tally and execute, each asserting success.</summary>
public static class GovernanceSteps
{
    public static readonly string[] AllOrgs = [Actors.InsurerA, Actors.InsurerB, Actors.Ngo];

    public static object Args(ProposalKind kind, string poolId = Scenario.PoolId, PoolParameters? parameters = null, PoolCharter? charter = null,
        string? organizationMsp = null, OrgKind? organizationKind = null, string? memberId = null, string? destinationHash = null)
        => new
        {
            poolId, kind, parameters, charter, organizationMsp, organizationKind, memberId, destinationHash,
            reasonCode = "RULE_CHANGE", evidenceRef = Scenario.Hash("proposal-" + kind),
        };

    public static Proposal Propose(this TestChain chain, object args, string msp = Actors.InsurerA)
        => chain.Ok(Actors.Delegate(msp), "SubmitProposal", args, DomainJsonContext.Default.Proposal);

    public static ProposalVote Vote(this TestChain chain, Proposal p, string msp, VoteChoice choice = VoteChoice.For)
        => chain.Ok(Actors.Delegate(msp), "VoteOnProposal",
            new { proposalId = p.ProposalId, choice, reasonCode = "CONSIDERED", evidenceRef = Scenario.Hash("vote-" + msp) },
            DomainJsonContext.Default.ProposalVote);

    public static Proposal Tally(this TestChain chain, Proposal p)
        => chain.Ok(Actors.Coordinator(Actors.InsurerB), "TallyProposal", new { proposalId = p.ProposalId }, DomainJsonContext.Default.Proposal);

    public static Proposal Execute(this TestChain chain, Proposal p)
        => chain.Ok(Actors.Caseworker(Actors.Ngo), "ExecuteProposal", new { proposalId = p.ProposalId }, DomainJsonContext.Default.Proposal);

    /// <summary>Every organization votes for; the deadline and timelock pass; the proposal executes.</summary>
    public static Proposal Enact(this TestChain chain, object args, string proposer = Actors.InsurerA, IEnumerable<string>? voters = null)
    {
        var p = chain.Propose(args, proposer);
        foreach (var org in voters ?? p.Electorate)
        {
            chain.Vote(p, org);
        }

        if (p.Kind != ProposalKind.Pause)
        {
            chain.Advance(p.VotingEndsAt - chain.Now);
        }

        var tallied = chain.Tally(p);
        chain.Advance(tallied.ExecutableAt!.Value - chain.Now);
        return chain.Execute(p);
    }
}
