namespace MutualAid.Domain.Model;

/// <summary>
/// The pool's outflow lock: every payout, fee and refund reads and rewrites it, so two outflows that read
/// the same balance conflict under MVCC and only one commits. Contributions never touch it.
/// </summary>
public sealed record PoolOutflows
{
    public required string PoolId { get; init; }

    /// <summary>How many outflow transactions have committed.</summary>
    public required long Sequence { get; init; }

    public required long Payouts { get; init; }
    public required long Fees { get; init; }
    public required long Refunds { get; init; }

    /// <summary>Capital withdrawn by the administrator.</summary>
    public long Withdrawals { get; init; }
    public string? LastTxId { get; init; }
}
