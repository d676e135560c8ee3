using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Governance;

public sealed class ParameterChangeTests
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

    private static object Change(PoolParameters p) => GovernanceSteps.Args(ProposalKind.ChangePoolParameters, parameters: p);

    [Test]
    public void ChangePoolParameters_PassedAndTimelocked_CreatesVersion2WithEffectiveTime()
    {
        var p = _chain.Propose(Change(Scenario.DefaultParameters with { NoticeWindowDays = 1 }));
        _chain.Vote(p, Actors.InsurerA);
        _chain.Vote(p, Actors.InsurerB);
        _chain.Vote(p, Actors.Ngo, VoteChoice.Against);
        _chain.AdvanceDays(7);
        var tallied = _chain.Tally(p);
        _chain.Fails(ErrorCodes.TimelockNotElapsed, Actors.Delegate(), "ExecuteProposal", new { proposalId = p.ProposalId });
        _chain.AdvanceDays(2);

        var executed = _chain.Execute(p);

        var pool = _chain.Ok(Actors.Auditor(), "GetPool", new { poolId = Scenario.PoolId }, DomainJsonContext.Default.Pool);
        Assert.Multiple(() =>
        {
            Assert.That(tallied.Status, Is.EqualTo(ProposalStatus.Passed));
            Assert.That(tallied.ExecutableAt, Is.EqualTo(tallied.TalliedAt!.Value.AddDays(2)));
            Assert.That(executed.Status, Is.EqualTo(ProposalStatus.Executed));
            Assert.That(executed.ExecutedAt, Is.EqualTo(_chain.Now));
            Assert.That(executed.ResultingVersion, Is.EqualTo(2));
            Assert.That(pool.ParametersVersion, Is.EqualTo(2));
            Assert.That(pool.Parameters.NoticeWindowDays, Is.EqualTo(1));
        });
    }

    [Test]
    public void ChangePoolParameters_ClaimFiledBefore_KeepsItsNoticeWindow()
    {
        var (_, before) = _s.NoticedClaim();
        _chain.Enact(Change(Scenario.DefaultParameters with { NoticeWindowDays = 1, RedemptionWindowDays = 2 }));
        var late = _s.Enroll(kycSeed: "late");
        _s.Contribute(late, 10_000);
        _chain.AdvanceDays(31);
        var after = _s.Submit(late, 1_000);

        Assert.Multiple(() =>
        {
            Assert.That(after.ParametersVersion, Is.EqualTo(2));
            Assert.That(_chain.Ok(Actors.Auditor(), "GetClaim", new { claimId = before.ClaimId }, DomainJsonContext.Default.Claim).ParametersVersion, Is.EqualTo(1));
        });
        var finalized = _s.Finalize(before);
        Assert.That(finalized.RedemptionEndsAt, Is.EqualTo(_chain.Now.AddDays(30)), "the old claim keeps its 30-day redemption window");
    }

    [Test]
    public void SubmitProposal_ParametersOutOfBounds_FailsInvalidPoolParameters()
        => _chain.Fails(ErrorCodes.InvalidPoolParameters, Actors.Delegate(), "SubmitProposal",
            Change(Scenario.DefaultParameters with { ManagementFeeBps = 10_001 }));

    [Test]
    public void SubmitProposal_CurrencyChange_FailsInvalidPoolParameters()
        => _chain.Fails(ErrorCodes.InvalidPoolParameters, Actors.Delegate(), "SubmitProposal",
            Change(Scenario.DefaultParameters with { Currency = "USD" }));

    [Test]
    public void SubmitProposal_TimelockBelowOneDay_FailsInvalidPoolParameters()
        => _chain.Fails(ErrorCodes.InvalidPoolParameters, Actors.Delegate(), "SubmitProposal",
            Change(Scenario.DefaultParameters with { TimelockDays = 0 }));

    [Test]
    public void SubmitProposal_PayloadOfAnotherKind_FailsInvalidProposal()
        => _chain.Fails(ErrorCodes.InvalidProposal, Actors.Delegate(), "SubmitProposal",
            GovernanceSteps.Args(ProposalKind.Pause, organizationMsp: Actors.Ngo));

    [Test]
    public void SubmitProposal_ByNonParticipant_FailsForbiddenOrganization()
        => _chain.Fails(ErrorCodes.ForbiddenOrganization, Actors.Delegate(Actors.Outsider), "SubmitProposal",
            Change(Scenario.DefaultParameters));

    [Test]
    public void VoteOnProposal_Twice_FailsAlreadyVoted()
    {
        var p = _chain.Propose(Change(Scenario.DefaultParameters with { NoticeWindowDays = 3 }));
        _chain.Vote(p, Actors.InsurerB);

        _chain.Fails(ErrorCodes.AlreadyVoted, Actors.Delegate(Actors.InsurerB), "VoteOnProposal",
            new { proposalId = p.ProposalId, choice = VoteChoice.Against, reasonCode = "X", evidenceRef = Scenario.Hash("x") });
    }

    [Test]
    public void VoteOnProposal_OutsideElectorate_FailsNotInElectorate()
    {
        var p = _chain.Propose(Change(Scenario.DefaultParameters with { NoticeWindowDays = 3 }));

        _chain.Fails(ErrorCodes.NotInElectorate, Actors.Delegate(Actors.Outsider), "VoteOnProposal",
            new { proposalId = p.ProposalId, choice = VoteChoice.For, reasonCode = "X", evidenceRef = Scenario.Hash("x") });
    }

    [Test]
    public void VoteOnProposal_AfterDeadline_FailsProposalVotingClosed()
    {
        var p = _chain.Propose(Change(Scenario.DefaultParameters with { NoticeWindowDays = 3 }));
        _chain.AdvanceDays(7);

        _chain.Fails(ErrorCodes.ProposalVotingClosed, Actors.Delegate(Actors.InsurerB), "VoteOnProposal",
            new { proposalId = p.ProposalId, choice = VoteChoice.For, reasonCode = "X", evidenceRef = Scenario.Hash("x") });
    }

    [Test]
    public void TallyProposal_BeforeDeadline_FailsProposalVotingOpen()
    {
        var p = _chain.Propose(Change(Scenario.DefaultParameters with { NoticeWindowDays = 3 }));

        _chain.Fails(ErrorCodes.ProposalVotingOpen, Actors.Delegate(), "TallyProposal", new { proposalId = p.ProposalId });
    }

    [Test]
    public void TallyProposal_OneOfThreeVoted_RejectedQuorumNotMet()
    {
        var p = _chain.Propose(Change(Scenario.DefaultParameters with { NoticeWindowDays = 3 }));
        _chain.Vote(p, Actors.InsurerA);
        _chain.AdvanceDays(7);

        var tallied = _chain.Tally(p);

        Assert.Multiple(() =>
        {
            Assert.That(tallied.Status, Is.EqualTo(ProposalStatus.Rejected));
            Assert.That(tallied.Outcome, Is.EqualTo("QUORUM_NOT_MET"));
        });
        _chain.Fails(ErrorCodes.ProposalNotPassed, Actors.Delegate(), "ExecuteProposal", new { proposalId = p.ProposalId });
    }

    [Test]
    public void TallyProposal_TieForAgainst_RejectedMajorityNotReached()
    {
        var p = _chain.Propose(Change(Scenario.DefaultParameters with { NoticeWindowDays = 3 }));
        _chain.Vote(p, Actors.InsurerA);
        _chain.Vote(p, Actors.InsurerB, VoteChoice.Against);
        _chain.Vote(p, Actors.Ngo, VoteChoice.Abstain);
        _chain.AdvanceDays(7);

        Assert.That(_chain.Tally(p).Outcome, Is.EqualTo("MAJORITY_NOT_REACHED"));
    }

    [Test]
    public void GetGovernanceHistory_AfterChange_ListsProposalVotesAndVersions()
    {
        _chain.Enact(Change(Scenario.DefaultParameters with { NoticeWindowDays = 3 }));

        var history = _chain.Ok(Actors.Auditor(), "GetGovernanceHistory", new { poolId = Scenario.PoolId }, DomainJsonContext.Default.GovernanceHistory);

        Assert.Multiple(() =>
        {
            Assert.That(history.Proposals.Single().Votes, Has.Count.EqualTo(3));
            Assert.That(history.ParameterVersions.Select(v => v.Version), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(history.ParameterVersions[1].ProposalId, Is.EqualTo(history.Proposals[0].Proposal.ProposalId));
        });
    }
}
