using System.Text.Json.Serialization;

namespace MutualAid.Domain.Model;

/// <summary>
/// The public record of a claim. Medical and personal details live in a private collection; this record
/// holds only <see cref="DetailsHash"/> (SHA-256 of the private record) and evidence hashes.
/// </summary>
public sealed record Claim
{
    public required string ClaimId { get; init; }
    public required string PoolId { get; init; }
    public required string MemberId { get; init; }

    /// <summary>The organization the claim was filed through (the member's); it may not endorse.</summary>
    public required string FilingOrg { get; init; }

    public required DateOnly EventDate { get; init; }
    public required Money ClaimedAmount { get; init; }
    public required IReadOnlyList<string> EvidenceHashes { get; init; }
    public required string DetailsCollection { get; init; }
    public required string DetailsHash { get; init; }

    /// <summary>The member's payout destination when the claim was filed; payouts go only there.</summary>
    public required string PayoutDestinationHash { get; init; }

    public required ClaimStatus Status { get; init; }
    public string? ReviewerOrg { get; init; }
    public required IReadOnlyList<Endorsement> Endorsements { get; init; }
    public required IReadOnlyList<Objection> Objections { get; init; }

    /// <summary>The lowest approved amount, capped by the member's remaining lifetime benefit.</summary>
    public Money? ApprovedAmount { get; init; }

    public required Money PaidAmount { get; init; }
    public DateTimeOffset? NoticeEndsAt { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public DateTimeOffset? RedemptionEndsAt { get; init; }

    /// <summary>The version of the pool's parameters in force when the claim was filed; its rules never change after.</summary>
    public int ParametersVersion { get; init; } = 1;

    /// <summary>Filed and UnderReview must be decided by then; afterwards LapseReview rejects the claim (appealable).</summary>
    public DateTimeOffset? ReviewEndsAt { get; init; }

    /// <summary>Set on rejection: the claimant may appeal until then; afterwards CloseRejectedClaim makes it Final.</summary>
    public DateTimeOffset? AppealEndsAt { get; init; }

    /// <summary>In cost-sharing pools, the sharing period that charged this claim's aid; payouts wait for it.</summary>
    public int? SharedInPeriod { get; init; }

    /// <summary>The pro-rata benefit reduction applied when members' caps bound in the sharing period.</summary>
    public long? BenefitReduction { get; init; }

    /// <summary>Why the claim ended, as a stable code (e.g. PAID_IN_FULL, OBJECTION_SUSTAINED).</summary>
    public string? Outcome { get; init; }

    /// <summary>Every stage the claim entered, in order, with timestamps.</summary>
    public required IReadOnlyList<StageStamp> Timeline { get; init; }

    /// <summary>What is approved and not yet paid (derived, not stored).</summary>
    [JsonIgnore]
    public long Outstanding => (ApprovedAmount?.Amount ?? 0) - PaidAmount.Amount;
}
