using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Payouts;

public sealed class RecordPayoutTests
{
    private TestChain _chain = null!;
    private Scenario _s = null!;
    private Claim _claim = null!;

    [SetUp]
    public void SetUp()
    {
        _chain = new TestChain();
        _s = new Scenario(_chain);
        _s.CreatePool();
        (_, _claim) = _s.ApprovedClaim(200_000);
    }

    [Test]
    public void RecordPayout_Partial_MovesToPayingAndChargesFee()
    {
        var claim = _s.Pay(_claim, 50_000);

        var statement = _chain.Ok(Actors.Auditor(), "GetPoolStatement", new { poolId = Scenario.PoolId }, DomainJsonContext.Default.PoolStatement);
        Assert.Multiple(() =>
        {
            Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Paying));
            Assert.That(claim.PaidAmount.Amount, Is.EqualTo(50_000));
            Assert.That(statement.Fees, Is.EqualTo(4_000));
            Assert.That(statement.OutflowSequence, Is.EqualTo(1));
        });
    }

    [Test]
    public void RecordPayout_InFull_ClosesClaimAndReleasesMember()
    {
        var claim = _s.Pay(_claim, 200_000);

        var member = _chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = claim.MemberId }, DomainJsonContext.Default.MemberStatement).Member;
        Assert.Multiple(() =>
        {
            Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Closed));
            Assert.That(claim.Outcome, Is.EqualTo("PAID_IN_FULL"));
            Assert.That(member.LifetimePaid, Is.EqualTo(200_000));
            Assert.That(member.LifetimeReserved, Is.Zero);
            Assert.That(member.OpenClaims, Is.Zero);
        });
    }

    [Test]
    public void RecordPayout_SameReferenceTwice_FailsDuplicatePaymentReference()
    {
        _s.Pay(_claim, 50_000, "WIRE-1");

        _chain.Fails(ErrorCodes.DuplicatePaymentReference, Actors.Coordinator(), "RecordPayout", _s.PayoutArgs(_claim, 50_000, "WIRE-1"));
    }

    [Test]
    public void RecordPayout_BeyondApprovedAmount_FailsPayoutExceedsApproved()
    {
        _s.Pay(_claim, 150_000);

        _chain.Fails(ErrorCodes.PayoutExceedsApproved, Actors.Coordinator(), "RecordPayout", _s.PayoutArgs(_claim, 50_001));
    }

    [Test]
    public void RecordPayout_OtherDestination_FailsPayoutDestinationMismatch()
        => _chain.Fails(ErrorCodes.PayoutDestinationMismatch, Actors.Coordinator(), "RecordPayout",
            _s.PayoutArgs(_claim, 1_000, destination: Scenario.Hash("attacker-iban")));

    [Test]
    public void RecordPayout_AfterRedemptionWindow_FailsRedemptionWindowExpired()
    {
        _chain.AdvanceDays(31);

        _chain.Fails(ErrorCodes.RedemptionWindowExpired, Actors.Coordinator(), "RecordPayout", _s.PayoutArgs(_claim, 1_000));
    }

    [Test]
    public void RecordPayout_ZeroAmount_FailsInvalidAmount()
        => _chain.Fails(ErrorCodes.InvalidAmount, Actors.Coordinator(), "RecordPayout", _s.PayoutArgs(_claim, 0));

    [Test]
    public void RecordPayout_BeyondPoolBalance_FailsInsufficientPoolBalance()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var (_, claim) = s.ApprovedClaim(amount: 200_000, contribution: 100_000);

        chain.Fails(ErrorCodes.InsufficientPoolBalance, Actors.Coordinator(), "RecordPayout", s.PayoutArgs(claim, 100_000));
    }

    [Test]
    public void RecordPayout_IntoReserve_FailsReserveRequirementBreached()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool(Scenario.DefaultParameters with { ReserveRatioBps = 5_000, ManagementFeeBps = 0 });
        var (_, claim) = s.ApprovedClaim(amount: 200_000, contribution: 300_000);

        chain.Fails(ErrorCodes.ReserveRequirementBreached, Actors.Coordinator(), "RecordPayout", s.PayoutArgs(claim, 150_001));
    }

    [Test]
    public void RecordPayout_NoticedClaim_FailsInvalidClaimTransition()
    {
        var (_, noticed) = _s.NoticedClaim();

        _chain.Fails(ErrorCodes.InvalidClaimTransition, Actors.Coordinator(), "RecordPayout", _s.PayoutArgs(noticed, 1_000));
    }

    [Test]
    public void RecordPayout_ClosedClaim_FailsInvalidClaimTransition()
    {
        _s.Pay(_claim, 200_000);

        _chain.Fails(ErrorCodes.InvalidClaimTransition, Actors.Coordinator(), "RecordPayout", _s.PayoutArgs(_claim, 1));
    }

    [Test]
    public void RecordPayout_CoordinatorOfOtherOrganization_FailsForbiddenOrganization()
        => _chain.Fails(ErrorCodes.ForbiddenOrganization, Actors.Coordinator(Actors.InsurerB), "RecordPayout", _s.PayoutArgs(_claim, 1_000));

    [Test]
    public void RecordPayout_ByAssessor_FailsForbiddenRole()
        => _chain.Fails(ErrorCodes.ForbiddenRole, Actors.Assessor(Actors.InsurerA), "RecordPayout", _s.PayoutArgs(_claim, 1_000));
}
