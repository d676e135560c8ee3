namespace MutualAid.Domain.State;

/// <summary>
/// The consortium's rules for transaction time. Fabric lets the client write a transaction's timestamp and no peer
/// checks it, so two checks stand between a forged clock and the ledger: every organization's chaincode host refuses,
/// at endorsement, a timestamp further than <see cref="DefaultTolerance"/> from its own clock, and the domain refuses
/// anything outside the fixed range [<see cref="Earliest"/>, <see cref="Latest"/>), which bounds every window's
/// arithmetic whatever the hosts do.
/// </summary>
public static class LedgerTime
{
    /// <summary>The earliest transaction time the domain accepts (inclusive): no pool can predate the system.</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The end of the accepted range (exclusive); with windows of at most ten years no date can overflow.</summary>
    public static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// How far a transaction's timestamp may lie from the endorsing host's clock. Five minutes, the skew Kerberos
    /// allows: NTP keeps servers within milliseconds, so this covers a client's clock error, offline signing and
    /// queueing, while a forger gains at most minutes against windows measured in days.
    /// </summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>True when <paramref name="timestamp"/> lies in the accepted range.</summary>
    public static bool InRange(DateTimeOffset timestamp) => timestamp >= Earliest && timestamp < Latest;
}
