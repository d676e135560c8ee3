using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Queries;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Governance;

public sealed class PauseTests
{
    private TestChain _chain = null!;
    private Scenario _s = null!;

    [SetUp]
    public void SetUp()
    {
        _chain = new TestChain();
        _s = new Scenario(_chain);
        _s.CreatePool();
    }

    private PoolStatement Statement() => _chain.Ok(Actors.Auditor(), "GetPoolStatement", new { poolId = Scenario.PoolId }, DomainJsonContext.Default.PoolStatement);

    [Test]
    public void TallyProposal_PauseShortOfQualifiedMajority_StaysOpenUntilDeadlineThenRejected()
    {
        var p = _chain.Propose(GovernanceSteps.Args(ProposalKind.Pause));
        _chain.Vote(p, Actors.InsurerA);
        _chain.Vote(p, Actors.InsurerB);

        _chain.Fails(ErrorCodes.ProposalVotingOpen, Actors.Delegate(), "TallyProposal", new { proposalId = p.ProposalId });
        _chain.AdvanceDays(7);
        var tallied = _chain.Tally(p);

        Assert.That(tallied.Outcome, Is.EqualTo("QUALIFIED_MAJORITY_NOT_REACHED"));
    }

    [Test]
    public void Pause_QualifiedMajority_TakesEffectAtOnceAndMovesNoMoney()
    {
        var (_, claim) = _s.ApprovedClaim();
        var before = Statement();

        var executed = _chain.Enact(GovernanceSteps.Args(ProposalKind.Pause));

        var after = Statement();
        Assert.Multiple(() =>
        {
            Assert.That(executed.Status, Is.EqualTo(ProposalStatus.Executed));
            Assert.That(executed.ExecutedAt, Is.EqualTo(executed.TalliedAt));
            Assert.That(after.Balance, Is.EqualTo(before.Balance));
            Assert.That(after.EntryCount, Is.EqualTo(before.EntryCount));
        });
        _chain.Fails(ErrorCodes.PoolPaused, Actors.Coordinator(), "RecordPayout", _s.PayoutArgs(claim, 1_000));
    }

    [Test]
    public void Pause_InForce_BlocksNewClaimsButNotContributions()
    {
        var member = _s.Enroll();
        _s.Contribute(member, 5_000);
        _chain.AdvanceDays(31);
        _chain.Enact(GovernanceSteps.Args(ProposalKind.Pause));

        _chain.Fails(ErrorCodes.PoolPaused, Actors.Caseworker(), "SubmitClaim", Scenario.ClaimArgs(member, 1_000, _chain.Today), TestChain.Details("x"));
        Assert.That(_s.Contribute(member, 1_000).Duplicate, Is.False);
    }

    [Test]
    public void Unpause_ByVote_ReopensClaimsAndPayouts()
    {
        var (_, claim) = _s.ApprovedClaim();
        _chain.Enact(GovernanceSteps.Args(ProposalKind.Pause));
        _chain.Fails(ErrorCodes.PoolPaused, Actors.Delegate(), "SubmitProposal", GovernanceSteps.Args(ProposalKind.Pause));

        var unpaused = _chain.Enact(GovernanceSteps.Args(ProposalKind.Unpause), voters: [Actors.InsurerA, Actors.InsurerB]);

        Assert.That(unpaused.ExecutedAt, Is.EqualTo(unpaused.TalliedAt), "lifting a pause has no timelock");
        Assert.That(_s.Pay(claim, 1_000).PaidAmount.Amount, Is.EqualTo(1_000));
    }

    [Test]
    public void SubmitProposal_UnpauseWhenNotPaused_FailsPoolNotPaused()
        => _chain.Fails(ErrorCodes.PoolNotPaused, Actors.Delegate(), "SubmitProposal", GovernanceSteps.Args(ProposalKind.Unpause));
}
