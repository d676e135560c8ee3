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
    public const string ClaimReviewLapsed = "ClaimReviewLapsed";
    public const string ClaimAppealed = "ClaimAppealed";
    public const string JuryBallotCast = "JuryBallotCast";
    public const string AppealResolved = "AppealResolved";
    public const string ClaimMadeFinal = "ClaimMadeFinal";
    public const string ProposalSubmitted = "ProposalSubmitted";
    public const string ProposalVoteCast = "ProposalVoteCast";
    public const string ProposalTallied = "ProposalTallied";
    public const string ProposalExecuted = "ProposalExecuted";
    public const string CampaignDeclared = "CampaignDeclared";
    public const string CampaignFunded = "CampaignFunded";
    public const string ReliefDisbursed = "ReliefDisbursed";
    public const string BeneficiariesVerified = "BeneficiariesVerified";
    public const string ReliefReviewed = "ReliefReviewed";
    public const string CampaignClosed = "CampaignClosed";
    public const string RecoveryOpened = "RecoveryOpened";
    public const string RecoveryRepaid = "RecoveryRepaid";
    public const string SharingPeriodClosed = "SharingPeriodClosed";
    public const string CapitalWithdrawn = "CapitalWithdrawn";
}
