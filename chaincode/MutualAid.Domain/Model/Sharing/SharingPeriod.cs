namespace MutualAid.Domain.Model;

/// <summary>A closed cost-sharing period: its stored inputs, their hash, and the charges computed from them.</summary>
public sealed record SharingPeriod
{
    public required string PoolId { get; init; }
    public required int Seq { get; init; }
    public required CostShareInputs Inputs { get; init; }

    /// <summary>SHA-256 (hex) of the canonical JSON of <see cref="Inputs"/>.</summary>
    public required string InputsHash { get; init; }

    public required CostShareResult Result { get; init; }
    public required DateTimeOffset ClosedAt { get; init; }
}

/// <summary>A member's charge for one period: a receivable paid by contributions that name the period.</summary>
public sealed record MemberCharge
{
    public required string MemberId { get; init; }
    public required string PoolId { get; init; }
    public required int PeriodSeq { get; init; }
    public required int Year { get; init; }
    public required long Amount { get; init; }
    public required long Paid { get; init; }

    /// <summary>Cancelled when the member fell ill in the waiting period and was refunded everything.</summary>
    public required long WrittenOff { get; init; }

    public required DateTimeOffset ChargedAt { get; init; }

    /// <summary>What is still owed (derived).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public long Outstanding => checked(Amount - Paid - WrittenOff);
}
