namespace MutualAid.Domain.Model;

/// <summary>
/// The rules of a pool. Amounts are minor units of <see cref="Currency"/>; rates are basis points; windows
/// are whole days. Set at creation; changed only through governance.
/// </summary>
public sealed record PoolParameters
{
    /// <summary>ISO 4217 currency of every amount in the pool.</summary>
    public required string Currency { get; init; }

    /// <summary>Days after joining before an event is covered.</summary>
    public required int WaitingPeriodDays { get; init; }

    /// <summary>Days after the event within which a claim must be filed.</summary>
    public required int FilingDeadlineDays { get; init; }

    /// <summary>Most a single claim can be approved for.</summary>
    public required long MaxBenefitPerClaim { get; init; }

    /// <summary>Most a member can receive over their membership.</summary>
    public required long MaxBenefitPerMemberLifetime { get; init; }

    /// <summary>Management fee charged on every payout, in basis points of the payout.</summary>
    public required int ManagementFeeBps { get; init; }

    /// <summary>Share of all contributions ever received that payouts may not draw, in basis points.</summary>
    public required int ReserveRatioBps { get; init; }

    /// <summary>k: distinct organizations that must approve a claim (at least one an insurer).</summary>
    public required int EndorsementThreshold { get; init; }

    /// <summary>Days a claim stays publicly noticed, open to objection, before approval.</summary>
    public required int NoticeWindowDays { get; init; }

    /// <summary>Days after approval within which the claim must be paid; afterwards it expires.</summary>
    public required int RedemptionWindowDays { get; init; }

    /// <summary>How many claims a member may file in the pool.</summary>
    public required int MaxClaimAttemptsPerMember { get; init; }
}
