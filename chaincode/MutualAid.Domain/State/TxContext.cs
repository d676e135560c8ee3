namespace MutualAid.Domain.State;

/// <summary>What a transaction knows about itself: its id, its proposal timestamp and its caller.</summary>
/// <param name="TxId">The Fabric transaction id (hex).</param>
/// <param name="Timestamp">The proposal timestamp; the only clock the domain uses. Converted to UTC.</param>
/// <param name="Caller">The creator identity.</param>
public sealed record TxContext(string TxId, DateTimeOffset Timestamp, Caller Caller)
{
    /// <summary>The timestamp in UTC.</summary>
    public DateTimeOffset UtcTimestamp => Timestamp.ToUniversalTime();

    /// <summary>The UTC calendar date of the transaction.</summary>
    public DateOnly Date => DateOnly.FromDateTime(UtcTimestamp.UtcDateTime);
}
