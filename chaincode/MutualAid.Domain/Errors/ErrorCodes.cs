namespace MutualAid.Domain.Errors;

/// <summary>
/// Every stable error code the domain returns, with its response status. A code never changes meaning;
/// the message that follows it may be reworded. 4xx codes are caller errors and change nothing; 500 is a fault.
/// </summary>
public static class ErrorCodes
{
    // 400: the request is malformed or breaks a pool rule.
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string UnknownFunction = "UNKNOWN_FUNCTION";
    public const string InvalidPoolParameters = "INVALID_POOL_PARAMETERS";
    public const string InvalidAmount = "INVALID_AMOUNT";
    public const string CurrencyMismatch = "CURRENCY_MISMATCH";
    public const string ClaimDetailsMissing = "CLAIM_DETAILS_MISSING";
    public const string EventDateInFuture = "EVENT_DATE_IN_FUTURE";
    public const string MemberNotCoveredOnEventDate = "MEMBER_NOT_COVERED_ON_EVENT_DATE";
    public const string WaitingPeriodNotElapsed = "WAITING_PERIOD_NOT_ELAPSED";
    public const string FilingDeadlinePassed = "FILING_DEADLINE_PASSED";
    public const string BenefitCapExceeded = "BENEFIT_CAP_EXCEEDED";
    public const string LifetimeCapExceeded = "LIFETIME_CAP_EXCEEDED";
    public const string ClaimAttemptsExceeded = "CLAIM_ATTEMPTS_EXCEEDED";
    public const string ApprovedExceedsClaimed = "APPROVED_EXCEEDS_CLAIMED";
    public const string PayoutExceedsApproved = "PAYOUT_EXCEEDS_APPROVED";
    public const string InvalidProposal = "INVALID_PROPOSAL";
    public const string InvalidCampaign = "INVALID_CAMPAIGN";

    /// <summary>The transaction's timestamp is outside the accepted range or too far from the endorsing host's clock.</summary>
    public const string TimestampOutOfRange = "TIMESTAMP_OUT_OF_RANGE";

    /// <summary>The proposal carries no timestamp.</summary>
    public const string TimestampMissing = "TIMESTAMP_MISSING";

    /// <summary>The proposal's timestamp is not a valid protobuf Timestamp (seconds or nanoseconds out of range).</summary>
    public const string TimestampInvalid = "TIMESTAMP_INVALID";

    // 403: the caller may not do this.
    public const string RegulatorReadOnly = "REGULATOR_READ_ONLY";
    public const string ForbiddenRole = "FORBIDDEN_ROLE";
    public const string ForbiddenOrganization = "FORBIDDEN_ORGANIZATION";
    public const string ConflictOfInterest = "CONFLICT_OF_INTEREST";
    public const string PayoutDestinationMismatch = "PAYOUT_DESTINATION_MISMATCH";
    public const string OrganizationSuspended = "ORGANIZATION_SUSPENDED";
    public const string JurorNotEligible = "JUROR_NOT_ELIGIBLE";
    public const string NotInElectorate = "NOT_IN_ELECTORATE";

    // 404: the object does not exist.
    public const string PoolNotFound = "POOL_NOT_FOUND";
    public const string MemberNotFound = "MEMBER_NOT_FOUND";
    public const string ClaimNotFound = "CLAIM_NOT_FOUND";
    public const string AppealNotFound = "APPEAL_NOT_FOUND";
    public const string ProposalNotFound = "PROPOSAL_NOT_FOUND";
    public const string CampaignNotFound = "CAMPAIGN_NOT_FOUND";
    public const string ReliefPaymentNotFound = "RELIEF_PAYMENT_NOT_FOUND";
    public const string RecoveryNotFound = "RECOVERY_NOT_FOUND";
    public const string PeriodNotFound = "PERIOD_NOT_FOUND";
    public const string ChargeNotFound = "CHARGE_NOT_FOUND";

    // 409: the request conflicts with the current state.
    public const string PoolAlreadyExists = "POOL_ALREADY_EXISTS";
    public const string MemberAlreadyEnrolled = "MEMBER_ALREADY_ENROLLED";
    public const string EndorsementQuorumUnreachable = "ENDORSEMENT_QUORUM_UNREACHABLE";
    public const string MemberNotActive = "MEMBER_NOT_ACTIVE";
    public const string MemberHasOpenClaims = "MEMBER_HAS_OPEN_CLAIMS";
    public const string PayoutDestinationAlreadyRegistered = "PAYOUT_DESTINATION_ALREADY_REGISTERED";
    public const string PayoutDestinationMissing = "PAYOUT_DESTINATION_MISSING";
    public const string DuplicatePaymentReference = "DUPLICATE_PAYMENT_REFERENCE";
    public const string InsufficientPoolBalance = "INSUFFICIENT_POOL_BALANCE";
    public const string ReserveRequirementBreached = "RESERVE_REQUIREMENT_BREACHED";
    public const string InvalidClaimTransition = "INVALID_CLAIM_TRANSITION";
    public const string AlreadyEndorsed = "ALREADY_ENDORSED";
    public const string AlreadyObjected = "ALREADY_OBJECTED";
    public const string NoticeWindowOpen = "NOTICE_WINDOW_OPEN";
    public const string NoticeWindowClosed = "NOTICE_WINDOW_CLOSED";
    public const string RedemptionWindowExpired = "REDEMPTION_WINDOW_EXPIRED";
    public const string RedemptionWindowOpen = "REDEMPTION_WINDOW_OPEN";
    public const string ReviewWindowOpen = "REVIEW_WINDOW_OPEN";
    public const string AppealWindowOpen = "APPEAL_WINDOW_OPEN";
    public const string AppealWindowClosed = "APPEAL_WINDOW_CLOSED";
    public const string AppealAlreadyFiled = "APPEAL_ALREADY_FILED";
    public const string AppealVotingOpen = "APPEAL_VOTING_OPEN";
    public const string AppealVotingClosed = "APPEAL_VOTING_CLOSED";
    public const string AlreadyVoted = "ALREADY_VOTED";
    public const string ProposalVotingOpen = "PROPOSAL_VOTING_OPEN";
    public const string ProposalVotingClosed = "PROPOSAL_VOTING_CLOSED";
    public const string ProposalNotPassed = "PROPOSAL_NOT_PASSED";
    public const string TimelockNotElapsed = "TIMELOCK_NOT_ELAPSED";
    public const string PoolPaused = "POOL_PAUSED";
    public const string PoolNotPaused = "POOL_NOT_PAUSED";
    public const string OrganizationAlreadyAdmitted = "ORGANIZATION_ALREADY_ADMITTED";
    public const string CampaignAlreadyExists = "CAMPAIGN_ALREADY_EXISTS";
    public const string CampaignClosed = "CAMPAIGN_CLOSED";
    public const string CampaignStillOpen = "CAMPAIGN_STILL_OPEN";
    public const string SaltCommitmentMismatch = "SALT_COMMITMENT_MISMATCH";
    public const string DuplicateBeneficiary = "DUPLICATE_BENEFICIARY";
    public const string BeneficiaryNotVerified = "BENEFICIARY_NOT_VERIFIED";
    public const string EntitlementExceeded = "ENTITLEMENT_EXCEEDED";
    public const string BudgetExceeded = "BUDGET_EXCEEDED";
    public const string InsufficientCampaignBalance = "INSUFFICIENT_CAMPAIGN_BALANCE";
    public const string FastPathCapExceeded = "FAST_PATH_CAP_EXCEEDED";
    public const string FastPathReviewsOverdue = "FAST_PATH_REVIEWS_OVERDUE";
    public const string ReliefReviewDone = "RELIEF_REVIEW_DONE";
    public const string RecoveryExceedsPaid = "RECOVERY_EXCEEDS_PAID";
    public const string RecoveryOverpaid = "RECOVERY_OVERPAID";
    public const string CostSharingDisabled = "COST_SHARING_DISABLED";
    public const string SharingPeriodOpen = "SHARING_PERIOD_OPEN";
    public const string SharingPending = "SHARING_PENDING";
    public const string ChargeOverpaid = "CHARGE_OVERPAID";
    public const string PoolCapacityExceeded = "POOL_CAPACITY_EXCEEDED";
    public const string MemberCapacityReached = "MEMBER_CAPACITY_REACHED";
    public const string WithdrawalBelowLocked = "WITHDRAWAL_BELOW_LOCKED";

    /// <summary>The organization already used this request id for another function or other arguments.</summary>
    public const string RequestIdReused = "REQUEST_ID_REUSED";

    // 500: a fault in the chaincode, never the caller's doing.
    public const string InternalError = "INTERNAL_ERROR";

    private static readonly Dictionary<string, int> Statuses = Build();

    /// <summary>Every declared code.</summary>
    public static IReadOnlyCollection<string> All => Statuses.Keys;

    /// <summary>The response status of <paramref name="code"/>; 500 for an unknown code.</summary>
    public static int StatusOf(string code) => Statuses.GetValueOrDefault(code, 500);

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(int status, params string[] codes)
        {
            foreach (var code in codes)
            {
                map.Add(code, status);
            }
        }

        Add(400, InvalidArgument, UnknownFunction, InvalidPoolParameters, InvalidAmount, CurrencyMismatch,
            ClaimDetailsMissing, EventDateInFuture, MemberNotCoveredOnEventDate, WaitingPeriodNotElapsed,
            FilingDeadlinePassed, BenefitCapExceeded, LifetimeCapExceeded, ClaimAttemptsExceeded,
            ApprovedExceedsClaimed, PayoutExceedsApproved, InvalidProposal, InvalidCampaign,
            TimestampOutOfRange, TimestampMissing, TimestampInvalid);
        Add(403, RegulatorReadOnly, ForbiddenRole, ForbiddenOrganization, ConflictOfInterest, PayoutDestinationMismatch,
            OrganizationSuspended, JurorNotEligible, NotInElectorate);
        Add(404, PoolNotFound, MemberNotFound, ClaimNotFound, AppealNotFound, ProposalNotFound, CampaignNotFound,
            ReliefPaymentNotFound, RecoveryNotFound, PeriodNotFound, ChargeNotFound);
        Add(409, PoolAlreadyExists, MemberAlreadyEnrolled, EndorsementQuorumUnreachable, MemberNotActive,
            MemberHasOpenClaims, PayoutDestinationAlreadyRegistered, PayoutDestinationMissing,
            DuplicatePaymentReference, InsufficientPoolBalance, ReserveRequirementBreached, InvalidClaimTransition,
            AlreadyEndorsed, AlreadyObjected, NoticeWindowOpen, NoticeWindowClosed, RedemptionWindowExpired,
            RedemptionWindowOpen, ReviewWindowOpen, AppealWindowOpen, AppealWindowClosed, AppealAlreadyFiled, AppealVotingOpen,
            AppealVotingClosed, AlreadyVoted, ProposalVotingOpen, ProposalVotingClosed, ProposalNotPassed, TimelockNotElapsed,
            PoolPaused, PoolNotPaused, OrganizationAlreadyAdmitted, CampaignAlreadyExists, CampaignClosed, CampaignStillOpen,
            SaltCommitmentMismatch, DuplicateBeneficiary, BeneficiaryNotVerified, EntitlementExceeded, BudgetExceeded, InsufficientCampaignBalance,
            FastPathCapExceeded, FastPathReviewsOverdue, ReliefReviewDone, RecoveryExceedsPaid, RecoveryOverpaid,
            CostSharingDisabled, SharingPeriodOpen, SharingPending, ChargeOverpaid, PoolCapacityExceeded,
            MemberCapacityReached, WithdrawalBelowLocked, RequestIdReused);
        Add(500, InternalError);
        return map;
    }
}
