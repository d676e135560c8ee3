using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Governance;

public sealed class OrganizationAndDestinationTests
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

    [Test]
    public void AdmitOrganization_Passed_NewOrganizationCanEnrol()
    {
        _chain.Enact(GovernanceSteps.Args(ProposalKind.AdmitOrganization, organizationMsp: Actors.Outsider, organizationKind: OrgKind.Ngo));

        var member = _s.Enroll(Actors.Caseworker(Actors.Outsider));

        Assert.That(member.OrgMsp, Is.EqualTo(Actors.Outsider));
    }

    [Test]
    public void SubmitProposal_AdmitExistingOrganization_FailsOrganizationAlreadyAdmitted()
        => _chain.Fails(ErrorCodes.OrganizationAlreadyAdmitted, Actors.Delegate(), "SubmitProposal",
            GovernanceSteps.Args(ProposalKind.AdmitOrganization, organizationMsp: Actors.Ngo, organizationKind: OrgKind.Ngo));

    [Test]
    public void SuspendOrganization_Passed_SuspendedOrganizationCanNoLongerEndorse()
    {
        _chain.Enact(GovernanceSteps.Args(ProposalKind.AdmitOrganization, organizationMsp: Actors.Outsider, organizationKind: OrgKind.Ngo));
        var (_, claim) = _s.FiledClaim();
        _s.StartReview(claim);
        var suspended = _chain.Enact(GovernanceSteps.Args(ProposalKind.SuspendOrganization, organizationMsp: Actors.Outsider));

        _chain.Fails(ErrorCodes.OrganizationSuspended, Actors.Assessor(Actors.Outsider), "EndorseClaim", Scenario.Approval(claim, 1_000));
        Assert.That(suspended.Electorate, Has.Member(Actors.Outsider));
    }

    [Test]
    public void SubmitProposal_SuspendAdministrator_FailsInvalidProposal()
        => _chain.Fails(ErrorCodes.InvalidProposal, Actors.Delegate(Actors.InsurerB), "SubmitProposal",
            GovernanceSteps.Args(ProposalKind.SuspendOrganization, organizationMsp: Actors.InsurerA), TestChain.Details("x"));

    [Test]
    public void SubmitProposal_SuspensionLeavingThresholdUnreachable_FailsInvalidProposal()
        => _chain.Fails(ErrorCodes.InvalidProposal, Actors.Delegate(), "SubmitProposal",
            GovernanceSteps.Args(ProposalKind.SuspendOrganization, organizationMsp: Actors.Ngo));

    [Test]
    public void ChangePayoutDestination_AfterTimelock_NewClaimsPayThereButEarlierClaimKeepsOldDestination()
    {
        var (member, claim) = _s.ApprovedClaim();
        var newDestination = Scenario.Hash("new-iban");
        var executed = _chain.Enact(GovernanceSteps.Args(ProposalKind.ChangePayoutDestination, memberId: member.MemberId, destinationHash: newDestination), proposer: Actors.Ngo);

        var statement = _chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = member.MemberId }, DomainJsonContext.Default.MemberStatement);
        Assert.Multiple(() =>
        {
            Assert.That(statement.Member.PayoutDestinationHash, Is.EqualTo(newDestination));
            Assert.That(executed.PreviousDestinationHash, Is.EqualTo(member.PayoutDestinationHash));
        });
        _chain.Fails(ErrorCodes.PayoutDestinationMismatch, Actors.Coordinator(), "RecordPayout", _s.PayoutArgs(claim, 1_000, destination: newDestination));
        Assert.That(_s.Pay(claim, 1_000).PayoutDestinationHash, Is.EqualTo(member.PayoutDestinationHash));
    }

    [Test]
    public void SubmitProposal_DestinationChangeForAnotherOrganizationsMember_FailsForbiddenOrganization()
    {
        var member = _s.Enroll();

        _chain.Fails(ErrorCodes.ForbiddenOrganization, Actors.Delegate(Actors.InsurerA), "SubmitProposal",
            GovernanceSteps.Args(ProposalKind.ChangePayoutDestination, memberId: member.MemberId, destinationHash: Scenario.Hash("other")));
    }

    [Test]
    public void CreatePool_ByProposal_CreatedWithProposerAsAdministratorAndVersion1()
    {
        var charter = new PoolCharter
        {
            Type = PoolType.DisasterRelief, Parameters = Scenario.DefaultParameters, OpeningBalance = 0,
            Organizations = [new(Actors.InsurerB, OrgKind.Insurer), new(Actors.Ngo, OrgKind.Ngo), new(Actors.Outsider, OrgKind.ReliefCoordinator)],
        };

        var executed = _chain.Enact(GovernanceSteps.Args(ProposalKind.CreatePool, poolId: "relief-2025", charter: charter), proposer: Actors.Ngo);

        var pool = _chain.Ok(Actors.Auditor(), "GetPool", new { poolId = "relief-2025" }, DomainJsonContext.Default.Pool);
        Assert.Multiple(() =>
        {
            Assert.That(executed.Electorate, Is.EqualTo(new[] { Actors.InsurerB, Actors.Ngo, Actors.Outsider }));
            Assert.That(pool.AdministratorMsp, Is.EqualTo(Actors.Ngo));
            Assert.That(pool.ParametersVersion, Is.EqualTo(1));
        });
    }

    [Test]
    public void ExecuteProposal_CreatePoolWhoseIdWasTakenMeanwhile_EndsFailed()
    {
        var charter = new PoolCharter
        {
            Type = PoolType.HealthMutualAid, Parameters = Scenario.DefaultParameters with { EndorsementThreshold = 1 }, OpeningBalance = 0,
            Organizations = [new(Actors.InsurerA, OrgKind.Insurer), new(Actors.Ngo, OrgKind.Ngo)],
        };
        var first = _chain.Propose(GovernanceSteps.Args(ProposalKind.CreatePool, poolId: "twin", charter: charter));
        var second = _chain.Propose(GovernanceSteps.Args(ProposalKind.CreatePool, poolId: "twin", charter: charter));
        foreach (var p in new[] { first, second })
        {
            _chain.Vote(p, Actors.InsurerA);
            _chain.Vote(p, Actors.Ngo);
        }

        _chain.AdvanceDays(7);
        _chain.Tally(first);
        _chain.Tally(second);
        _chain.AdvanceDays(2);
        _chain.Execute(first);

        var failed = _chain.Execute(second);

        Assert.Multiple(() =>
        {
            Assert.That(failed.Status, Is.EqualTo(ProposalStatus.Failed));
            Assert.That(failed.Outcome, Is.EqualTo(ErrorCodes.PoolAlreadyExists));
        });
    }
}
