namespace MutualAid.Domain.Queries;

/// <summary>A pool's account, aggregated from its ledger entries; amounts in minor units of <see cref="Currency"/>.</summary>
public sealed record PoolStatement
{
    public required string PoolId { get; init; }
    public required string Currency { get; init; }
    public required long OpeningBalance { get; init; }
    public required long Contributions { get; init; }
    public required long Payouts { get; init; }
    public required long Fees { get; init; }
    public required long Refunds { get; init; }

    public long Recoveries { get; init; }
    public long Withdrawals { get; init; }

    /// <summary>Memo: reserve drawn by sharing periods whose caps bound.</summary>
    public long ReserveDraws { get; init; }

    /// <summary>opening + contributions + recoveries − payouts − fees − refunds − withdrawals.</summary>
    public required long Balance { get; init; }

    /// <summary>The part of the balance payouts may not draw (reserve ratio × contributions − reserve drawn).</summary>
    public required long Reserve { get; init; }

    /// <summary>Approved (or noticed) claims not yet paid: with the reserve, what capital withdrawals may not touch.</summary>
    public long OutstandingApproved { get; init; }

    public int ActiveMembers { get; init; }
    public int ParametersVersion { get; init; }
    public bool Paused { get; init; }

    public required int EntryCount { get; init; }
    public required long OutflowSequence { get; init; }
    public required int MemberCount { get; init; }
}
