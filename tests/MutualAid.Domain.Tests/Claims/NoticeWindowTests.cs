using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Claims;

public sealed class NoticeWindowTests
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
        (_, _claim) = _s.NoticedClaim();
    }

    private object Objection() => new { claimId = _claim.ClaimId, reasonCode = "UNDISCLOSED_CONDITION", evidenceRef = Scenario.Hash("objection") };

    [Test]
    public void FinalizeClaim_AfterWindowWithoutObjection_ApprovesWithRedemptionDeadline()
    {
        _chain.AdvanceDays(7);

        var claim = _s.Finalize(_claim);

        Assert.Multiple(() =>
        {
            Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Approved));
            Assert.That(claim.ApprovedAt, Is.EqualTo(_chain.Now));
            Assert.That(claim.RedemptionEndsAt, Is.EqualTo(_chain.Now.AddDays(30)));
        });
    }

    [Test]
    public void FinalizeClaim_InsideWindow_FailsNoticeWindowOpen()
    {
        _chain.AdvanceDays(6);

        _chain.Fails(ErrorCodes.NoticeWindowOpen, Actors.Assessor(Actors.InsurerA), "FinalizeClaim", new { claimId = _claim.ClaimId });
    }

    [Test]
    public void FinalizeClaim_AfterObjection_RejectsAndReleasesReserve()
    {
        _chain.Ok(Actors.Assessor(Actors.InsurerB), "ObjectToClaim", Objection(), DomainJsonContext.Default.Claim);
        _chain.AdvanceDays(7);

        var claim = _s.Finalize(_claim);

        var member = _chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = claim.MemberId }, DomainJsonContext.Default.MemberStatement).Member;
        Assert.Multiple(() =>
        {
            Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Rejected));
            Assert.That(claim.Outcome, Is.EqualTo("OBJECTION_SUSTAINED"));
            Assert.That(member.LifetimeReserved, Is.Zero);
            Assert.That(member.OpenClaims, Is.Zero);
        });
    }

    [Test]
    public void FinalizeClaim_UnderReview_FailsInvalidClaimTransition()
    {
        var (_, filed) = _s.FiledClaim();
        _s.StartReview(filed);

        _chain.Fails(ErrorCodes.InvalidClaimTransition, Actors.Assessor(Actors.InsurerA), "FinalizeClaim", new { claimId = filed.ClaimId });
    }

    [Test]
    public void ObjectToClaim_InsideWindow_RecordsObjection()
    {
        var claim = _chain.Ok(Actors.Delegate(Actors.InsurerB), "ObjectToClaim", Objection(), DomainJsonContext.Default.Claim);

        Assert.Multiple(() =>
        {
            Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Noticed));
            Assert.That(claim.Objections.Single().OrgMsp, Is.EqualTo(Actors.InsurerB));
        });
    }

    [Test]
    public void ObjectToClaim_AfterWindow_FailsNoticeWindowClosed()
    {
        _chain.AdvanceDays(7);

        _chain.Fails(ErrorCodes.NoticeWindowClosed, Actors.Assessor(Actors.InsurerB), "ObjectToClaim", Objection());
    }

    [Test]
    public void ObjectToClaim_SameOrganizationTwice_FailsAlreadyObjected()
    {
        _chain.Ok(Actors.Assessor(Actors.InsurerB), "ObjectToClaim", Objection(), DomainJsonContext.Default.Claim);

        _chain.Fails(ErrorCodes.AlreadyObjected, Actors.Assessor(Actors.InsurerB), "ObjectToClaim", Objection());
    }

    [Test]
    public void ObjectToClaim_ByFilingOrganization_FailsConflictOfInterest()
        => _chain.Fails(ErrorCodes.ConflictOfInterest, Actors.Assessor(Actors.Ngo), "ObjectToClaim", Objection());

    [Test]
    public void ObjectToClaim_ApprovedClaim_FailsInvalidClaimTransition()
    {
        _chain.AdvanceDays(7);
        _s.Finalize(_claim);

        _chain.Fails(ErrorCodes.InvalidClaimTransition, Actors.Assessor(Actors.InsurerB), "ObjectToClaim", Objection());
    }
}
