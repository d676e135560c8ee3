using MutualAid.Domain.Errors;
using MutualAid.Domain.Model;

namespace MutualAid.Domain.Tests.Model;

public sealed class ClaimTransitionsTests
{
    private static readonly (ClaimStatus From, ClaimStatus To)[] Allowed =
    [
        (ClaimStatus.Filed, ClaimStatus.UnderReview), (ClaimStatus.UnderReview, ClaimStatus.Noticed),
        (ClaimStatus.UnderReview, ClaimStatus.Rejected), (ClaimStatus.Noticed, ClaimStatus.Approved),
        (ClaimStatus.Noticed, ClaimStatus.Rejected), (ClaimStatus.Approved, ClaimStatus.Paying),
        (ClaimStatus.Approved, ClaimStatus.Closed), (ClaimStatus.Paying, ClaimStatus.Closed),
        (ClaimStatus.Filed, ClaimStatus.Rejected), (ClaimStatus.Rejected, ClaimStatus.Appealed), (ClaimStatus.Rejected, ClaimStatus.Final),
        (ClaimStatus.Appealed, ClaimStatus.Approved), (ClaimStatus.Appealed, ClaimStatus.Final),
    ];

    private static IEnumerable<TestCaseData> AllPairs()
        => from f in Enum.GetValues<ClaimStatus>() from t in Enum.GetValues<ClaimStatus>() select new TestCaseData(f, t);

    [TestCaseSource(nameof(AllPairs))]
    public void IsAllowed_EveryPair_MatchesTheStateMachine(ClaimStatus from, ClaimStatus to)
        => Assert.That(ClaimTransitions.IsAllowed(from, to), Is.EqualTo(Allowed.Contains((from, to))));

    [TestCase(ClaimStatus.Final)]
    [TestCase(ClaimStatus.Closed)]
    public void IsTerminal_FinalOrClosed_NothingLeaves(ClaimStatus status)
        => Assert.That(Enum.GetValues<ClaimStatus>().Where(t => ClaimTransitions.IsAllowed(status, t)), Is.Empty);

    [Test]
    public void IsTerminal_OnlyFinalAndClosed_EveryOtherStageCanMoveOn()
        => Assert.That(Enum.GetValues<ClaimStatus>().Where(ClaimTransitions.IsTerminal), Is.EquivalentTo(new[] { ClaimStatus.Final, ClaimStatus.Closed }));

    [TestCase(ClaimStatus.Rejected, false)]
    [TestCase(ClaimStatus.Appealed, true)]
    [TestCase(ClaimStatus.Final, false)]
    [TestCase(ClaimStatus.UnderReview, true)]
    public void IsOpen_RejectedIsNotOpenButAppealedIs(ClaimStatus status, bool open)
        => Assert.That(ClaimTransitions.IsOpen(status), Is.EqualTo(open));

    [Test]
    public void MoveTo_DisallowedTransition_ThrowsInvalidClaimTransition()
    {
        var claim = new Claim
        {
            ClaimId = "CLM-1", PoolId = "p", MemberId = "m", FilingOrg = "o", EventDate = new DateOnly(2025, 1, 1),
            ClaimedAmount = new Money(1, "EUR"), EvidenceHashes = [], DetailsCollection = "c", DetailsHash = "h",
            PayoutDestinationHash = "d", Status = ClaimStatus.Closed, Endorsements = [], Objections = [],
            PaidAmount = new Money(0, "EUR"), Timeline = [], Outcome = "PAID_IN_FULL",
        };

        var ex = Assert.Throws<DomainException>(() => claim.MoveTo(ClaimStatus.Paying, DateTimeOffset.UnixEpoch, "tx"));

        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.InvalidClaimTransition));
    }
}
