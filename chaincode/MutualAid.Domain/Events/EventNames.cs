namespace MutualAid.Domain.Events;

/// <summary>The names of chaincode events, one per kind of domain transaction.</summary>
public static class EventNames
{
    public const string PoolCreated = "PoolCreated";
    public const string MemberEnrolled = "MemberEnrolled";
    public const string PayoutDestinationRegistered = "PayoutDestinationRegistered";
    public const string MemberExited = "MemberExited";
    public const string ContributionRecorded = "ContributionRecorded";
    public const string ClaimSubmitted = "ClaimSubmitted";
    public const string ClaimReviewStarted = "ClaimReviewStarted";
    public const string ClaimEndorsed = "ClaimEndorsed";
    public const string ClaimObjected = "ClaimObjected";
    public const string ClaimFinalized = "ClaimFinalized";
    public const string ClaimPayoutRecorded = "ClaimPayoutRecorded";
    public const string ClaimExpired = "ClaimExpired";
}
