using MutualAid.Domain.Errors;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Claims;

public sealed class StartReviewTests
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
        (_, _claim) = _s.FiledClaim();
    }

    [Test]
    public void StartReview_FiledClaim_MovesToUnderReviewAndStampsReviewer()
    {
        _chain.AdvanceDays(2);

        var reviewed = _s.StartReview(_claim);

        Assert.Multiple(() =>
        {
            Assert.That(reviewed.Status, Is.EqualTo(ClaimStatus.UnderReview));
            Assert.That(reviewed.ReviewerOrg, Is.EqualTo(Actors.InsurerA));
            Assert.That(reviewed.Timeline[^1].At - reviewed.Timeline[0].At, Is.EqualTo(TimeSpan.FromDays(2)));
        });
    }

    [Test]
    public void StartReview_ByFilingOrganization_FailsConflictOfInterest()
        => _chain.Fails(ErrorCodes.ConflictOfInterest, Actors.Assessor(Actors.Ngo), "StartReview", new { claimId = _claim.ClaimId });

    [Test]
    public void StartReview_Twice_FailsInvalidClaimTransition()
    {
        _s.StartReview(_claim);

        _chain.Fails(ErrorCodes.InvalidClaimTransition, Actors.Assessor(Actors.InsurerB), "StartReview", new { claimId = _claim.ClaimId });
    }

    [Test]
    public void StartReview_ByNonParticipant_FailsForbiddenOrganization()
        => _chain.Fails(ErrorCodes.ForbiddenOrganization, Actors.Assessor(Actors.Outsider), "StartReview", new { claimId = _claim.ClaimId });

    [Test]
    public void StartReview_UnknownClaim_FailsClaimNotFound()
        => _chain.Fails(ErrorCodes.ClaimNotFound, Actors.Assessor(Actors.InsurerA), "StartReview", new { claimId = "CLM-0000000000000000" });

    [Test]
    public void StartReview_ByCaseworker_FailsForbiddenRole()
        => _chain.Fails(ErrorCodes.ForbiddenRole, Actors.Caseworker(Actors.InsurerA), "StartReview", new { claimId = _claim.ClaimId });
}
