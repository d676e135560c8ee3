using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Claims;

public sealed class EndorseClaimTests
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
        (_, _claim) = _s.FiledClaim(100_000);
        _s.StartReview(_claim);
    }

    [Test]
    public void EndorseClaim_FirstApproval_StaysUnderReview()
    {
        var claim = _s.Endorse(_claim, Actors.InsurerA, 90_000);

        Assert.Multiple(() =>
        {
            Assert.That(claim.Status, Is.EqualTo(ClaimStatus.UnderReview));
            Assert.That(claim.Endorsements.Single().ReasonCode, Is.EqualTo("COVERED_ILLNESS"));
        });
    }

    [Test]
    public void EndorseClaim_KApprovals_NoticesAtLowestApprovedAmountAndReservesIt()
    {
        _s.Endorse(_claim, Actors.InsurerA, 90_000);

        var claim = _s.Endorse(_claim, Actors.InsurerB, 70_000);

        var member = _chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = claim.MemberId }, DomainJsonContext.Default.MemberStatement).Member;
        Assert.Multiple(() =>
        {
            Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Noticed));
            Assert.That(claim.ApprovedAmount, Is.EqualTo(Scenario.Eur(70_000)));
            Assert.That(claim.NoticeEndsAt, Is.EqualTo(_chain.Now.AddDays(7)));
            Assert.That(member.LifetimeReserved, Is.EqualTo(70_000));
        });
    }

    [Test]
    public void EndorseClaim_ApprovalsUnreachable_RejectsAndReleasesOpenClaim()
    {
        var claim = _chain.Ok(Actors.Assessor(Actors.InsurerA), "EndorseClaim", Scenario.Rejection(_claim), DomainJsonContext.Default.Claim);

        var member = _chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = claim.MemberId }, DomainJsonContext.Default.MemberStatement).Member;
        Assert.Multiple(() =>
        {
            Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Rejected));
            Assert.That(claim.Outcome, Is.EqualTo("ENDORSEMENT_THRESHOLD_UNREACHABLE"));
            Assert.That(member.OpenClaims, Is.Zero);
        });
    }

    [Test]
    public void EndorseClaim_KApprovalsWithoutInsurer_WaitsForInsurer()
    {
        // Arrange: four organizations, k = 2; the NGO files, two non-insurers approve first.
        var orgs = new[]
        {
            new { mspId = Actors.InsurerA, kind = OrgKind.Insurer }, new { mspId = Actors.Ngo, kind = OrgKind.Ngo },
            new { mspId = "NgoTwoMSP", kind = OrgKind.Ngo }, new { mspId = "ReliefMSP", kind = OrgKind.ReliefCoordinator },
        };
        _chain.Ok(Actors.Delegate(), "CreatePool", Scenario.PoolArgs(poolId: "four-orgs", organizations: orgs), DomainJsonContext.Default.Pool);
        var member = _s.Enroll(poolId: "four-orgs");
        _s.Contribute(member, 500_000);
        _chain.AdvanceDays(31);
        var claim = _s.Submit(member, 50_000);
        _s.StartReview(claim, "ReliefMSP");
        _s.Endorse(claim, "NgoTwoMSP", 50_000);

        // Act
        var afterTwo = _s.Endorse(claim, "ReliefMSP", 50_000);
        var afterInsurer = _s.Endorse(claim, Actors.InsurerA, 40_000);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(afterTwo.Status, Is.EqualTo(ClaimStatus.UnderReview));
            Assert.That(afterInsurer.Status, Is.EqualTo(ClaimStatus.Noticed));
            Assert.That(afterInsurer.ApprovedAmount!.Value.Amount, Is.EqualTo(40_000));
        });
    }

    [Test]
    public void EndorseClaim_SecondClaimBeyondLifetime_IsApprovedAtRemainingBenefit()
    {
        var (member, first, second) = TwoClaims(lifetime: 800_000, each: 500_000);
        Approve(first, 500_000);

        var capped = Approve(second, 500_000);

        Assert.That(capped.ApprovedAmount!.Value.Amount, Is.EqualTo(300_000), member.MemberId);
    }

    [Test]
    public void EndorseClaim_LifetimeExhausted_RejectsWithLifetimeCapExhausted()
    {
        var (_, first, second) = TwoClaims(lifetime: 500_000, each: 500_000);
        Approve(first, 500_000);

        var rejected = Approve(second, 500_000);

        Assert.Multiple(() =>
        {
            Assert.That(rejected.Status, Is.EqualTo(ClaimStatus.Rejected));
            Assert.That(rejected.Outcome, Is.EqualTo("LIFETIME_CAP_EXHAUSTED"));
        });
    }

    [Test]
    public void EndorseClaim_SameOrganizationTwice_FailsAlreadyEndorsed()
    {
        _s.Endorse(_claim, Actors.InsurerA, 90_000);

        _chain.Fails(ErrorCodes.AlreadyEndorsed, Actors.Assessor(Actors.InsurerA), "EndorseClaim", Scenario.Approval(_claim, 80_000));
    }

    [Test]
    public void EndorseClaim_ByFilingOrganization_FailsConflictOfInterest()
        => _chain.Fails(ErrorCodes.ConflictOfInterest, Actors.Assessor(Actors.Ngo), "EndorseClaim", Scenario.Approval(_claim, 100_000));

    [Test]
    public void EndorseClaim_AboveClaimedAmount_FailsApprovedExceedsClaimed()
        => _chain.Fails(ErrorCodes.ApprovedExceedsClaimed, Actors.Assessor(Actors.InsurerA), "EndorseClaim", Scenario.Approval(_claim, 100_001));

    [Test]
    public void EndorseClaim_ApproveWithoutAmount_FailsInvalidArgument()
        => _chain.Fails(ErrorCodes.InvalidArgument, Actors.Assessor(Actors.InsurerA), "EndorseClaim",
            new { claimId = _claim.ClaimId, decision = EndorsementDecision.Approve, reasonCode = "OK", evidenceRef = Scenario.Hash("e") });

    [Test]
    public void EndorseClaim_WithoutReasonCode_FailsInvalidArgument()
        => _chain.Fails(ErrorCodes.InvalidArgument, Actors.Assessor(Actors.InsurerA), "EndorseClaim",
            new { claimId = _claim.ClaimId, decision = EndorsementDecision.Reject, reasonCode = "", evidenceRef = Scenario.Hash("e") });

    [Test]
    public void EndorseClaim_NotUnderReview_FailsInvalidClaimTransition()
    {
        var (_, filed) = _s.FiledClaim();

        _chain.Fails(ErrorCodes.InvalidClaimTransition, Actors.Assessor(Actors.InsurerA), "EndorseClaim", Scenario.Approval(filed, 1));
    }

    private (Member Member, Claim First, Claim Second) TwoClaims(long lifetime, long each)
    {
        _s.CreatePool(Scenario.DefaultParameters with { MaxBenefitPerMemberLifetime = lifetime }, poolId: "lifetime-pool");
        var member = _s.Enroll(poolId: "lifetime-pool");
        _s.Contribute(member, 2_000_000);
        _chain.AdvanceDays(31);
        return (member, _s.Submit(member, each), _s.Submit(member, each));
    }

    private Claim Approve(Claim claim, long amount)
    {
        _s.StartReview(claim);
        _s.Endorse(claim, Actors.InsurerA, amount);
        return _s.Endorse(claim, Actors.InsurerB, amount);
    }
}
