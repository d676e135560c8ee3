using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Appeals;

public sealed class LapseReviewTests
{
    [Test]
    public void LapseReview_BeforeDeadline_FailsReviewWindowOpen()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var (_, claim) = s.FiledClaim();
        chain.AdvanceDays(60);

        chain.Fails(ErrorCodes.ReviewWindowOpen, Actors.Delegate(), "LapseReview", new { claimId = claim.ClaimId });
    }

    [Test]
    public void LapseReview_StalledUnderReview_RejectsAppealablyAndReleasesTheMember()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var (member, claim) = s.FiledClaim();
        s.StartReview(claim);
        chain.AdvanceDays(61);

        var lapsed = chain.Ok(Actors.Caseworker(Actors.InsurerB), "LapseReview", new { claimId = claim.ClaimId }, DomainJsonContext.Default.Claim);

        var statement = chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = member.MemberId }, DomainJsonContext.Default.MemberStatement);
        Assert.Multiple(() =>
        {
            Assert.That(lapsed.Status, Is.EqualTo(ClaimStatus.Rejected));
            Assert.That(lapsed.Outcome, Is.EqualTo("REVIEW_LAPSED"));
            Assert.That(lapsed.AppealEndsAt, Is.EqualTo(chain.Now.AddDays(14)));
            Assert.That(statement.Member.OpenClaims, Is.Zero);
        });
    }

    [Test]
    public void LapseReview_NoticedClaim_FailsInvalidClaimTransition()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var (_, claim) = s.NoticedClaim();
        chain.AdvanceDays(61);

        chain.Fails(ErrorCodes.InvalidClaimTransition, Actors.Delegate(), "LapseReview", new { claimId = claim.ClaimId });
    }
}
