namespace MutualAid.Domain.Model;

/// <summary>
/// Everything a sharing period's charges are computed from, stored on the period so anyone can recompute
/// every member's charge with the formula named by <see cref="FormulaVersion"/>.
/// </summary>
public sealed record CostShareInputs
{
    /// <summary>The formula: <c>cost-share/v1</c>.</summary>
    public required string FormulaVersion { get; init; }

    public required string Currency { get; init; }
    public required int PeriodSeq { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }

    /// <summary>The calendar year (of the period end) the per-year cap counts in.</summary>
    public required int Year { get; init; }

    /// <summary>The cases approved in the period, by claim id.</summary>
    public required IReadOnlyList<ShareCase> Cases { get; init; }

    public required int FeeBps { get; init; }
    public required long CarriedSurplus { get; init; }
    public required CostSharingTerms Terms { get; init; }

    /// <summary>The snapshot: members at the period start, by member id, with what they were charged earlier that year.</summary>
    public required IReadOnlyList<ShareMember> Members { get; init; }
}

/// <summary>One case shared in a period.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Amount">Its approved aid, minor units.</param>
public sealed record ShareCase(string ClaimId, long Amount);

/// <summary>One member of a period's snapshot.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="YearToDateBefore">What earlier periods of the same year charged them.</param>
public sealed record ShareMember(string MemberId, long YearToDateBefore);
