using System.Text.Json.Serialization;

namespace MutualAid.Domain.Model;

/// <summary>
/// One per-transaction delta of a pool account. Entries are written under keys that include the txid and
/// never updated, so concurrent contributions never collide; balances are sums of entries.
/// </summary>
public sealed record LedgerEntry
{
    public required string PoolId { get; init; }
    public required string TxId { get; init; }

    /// <summary>Position of the entry within its transaction.</summary>
    public required int Seq { get; init; }

    public required EntryKind Kind { get; init; }

    /// <summary>Always positive; the kind gives the sign.</summary>
    public required Money Amount { get; init; }

    public string? MemberId { get; init; }
    public string? ClaimId { get; init; }
    public string? PaymentReference { get; init; }
    public string? DestinationHash { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>The receivable a Recovery entry settles.</summary>
    public string? RecoveryId { get; init; }

    /// <summary>The sharing period a contribution pays, or a reserve draw funds.</summary>
    public int? PeriodSeq { get; init; }

    /// <summary>The signed effect on the pool balance (derived, not stored).</summary>
    [JsonIgnore]
    public long SignedAmount => Kind switch
    {
        EntryKind.Contribution or EntryKind.Recovery => Amount.Amount,
        EntryKind.ReserveDraw => 0,
        _ => checked(-Amount.Amount),
    };
}
