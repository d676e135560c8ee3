namespace MutualAid.Domain.Model;

/// <summary>
/// The terms of periodic cost sharing: period length, the per-member caps (minor units) and the explicit rule
/// that applies to whatever the caps prevent members from being charged.
/// </summary>
public sealed record CostSharingTerms
{
    /// <summary>Length of a sharing period in days; periods are contiguous from the pool's creation.</summary>
    public required int PeriodDays { get; init; }

    /// <summary>Most a member is charged per case shared in a period (XHB: RMB 0.1).</summary>
    public required long MaxChargePerMemberPerCase { get; init; }

    /// <summary>Most a member is charged in one period.</summary>
    public required long MaxChargePerMemberPerPeriod { get; init; }

    /// <summary>Most a member is charged in a calendar year (by period end).</summary>
    public required long MaxChargePerMemberPerYear { get; init; }

    /// <summary>What happens to the amount the caps prevent: a reserve draw or a pro-rata cut of the period's benefits.</summary>
    public required ShortfallRule ShortfallRule { get; init; }
}
