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

    /// <summary>opening + contributions − payouts − fees − refunds.</summary>
    public required long Balance { get; init; }

    /// <summary>The part of the balance payouts may not draw (reserve ratio × contributions).</summary>
    public required long Reserve { get; init; }

    public required int EntryCount { get; init; }
    public required long OutflowSequence { get; init; }
    public required int MemberCount { get; init; }
}
