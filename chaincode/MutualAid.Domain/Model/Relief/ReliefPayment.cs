namespace MutualAid.Domain.Model;

/// <summary>
/// One disbursement to a beneficiary (a salted hash, never an identity). A fast-path payment carries its
/// post-hoc review: pending until an assessor of another organization passes or fails it by the deadline;
/// a failure opens a recovery receivable.
/// </summary>
public sealed record ReliefPayment
{
    public required string PaymentId { get; init; }
    public required string CampaignId { get; init; }
    public required string BeneficiaryHash { get; init; }
    public required Money Amount { get; init; }
    public required string OrgMsp { get; init; }
    public required string CoordinatorRef { get; init; }
    public required bool FastPath { get; init; }
    public required string PaymentReference { get; init; }
    public required string DestinationHash { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>True when dedup found the beneficiary already served by another organization or campaign (advisory mode).</summary>
    public required bool Duplicate { get; init; }

    /// <summary>Part of the amount withheld to offset the beneficiary's open recoveries in the campaign.</summary>
    public long Offset { get; init; }

    public required ReliefReviewStatus Review { get; init; }
    public DateTimeOffset? ReviewDeadline { get; init; }
    public string? ReviewerOrg { get; init; }
    public string? ReviewReasonCode { get; init; }
    public string? ReviewEvidenceRef { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }

    /// <summary>The receivable opened when the review failed.</summary>
    public string? RecoveryId { get; init; }
}

/// <summary>The post-hoc review of a relief payment.</summary>
public enum ReliefReviewStatus
{
    /// <summary>Paid through the reviewed standard path; no post-hoc review.</summary>
    NotRequired,

    /// <summary>In the review queue.</summary>
    Pending,

    /// <summary>Reviewed and confirmed.</summary>
    Passed,

    /// <summary>Reviewed and refuted; a recovery receivable was opened.</summary>
    Failed,
}
