namespace MutualAid.Gateway.Audit;

/// <summary>Settings of the block-range audit (<c>Audit:*</c>).</summary>
public sealed class AuditSettings
{
    /// <summary>
    /// The orderer organization's MSP folder (its <c>cacerts</c>, optional <c>intermediatecerts</c> and <c>config.yaml</c>):
    /// the trust anchor of block signatures. In the embedded default, the development network's
    /// <c>DATA/organizations/ordererOrganizations/&lt;domain&gt;/msp</c>.
    /// </summary>
    public string? OrdererMspDirectory { get; set; }

    /// <summary>The orderer organization's MSP id; default <c>OrdererMSP</c>.</summary>
    public string OrdererMspId { get; set; } = "OrdererMSP";

    /// <summary>The most blocks one request checks; default 10 000 (a larger range is a 400).</summary>
    public int MaxBlocks { get; set; } = 10_000;

    /// <summary>
    /// How far a transaction's timestamp may stray from its neighbours' in block order before the audit reports it;
    /// default the tolerance every chaincode host enforces against its own clock (5 minutes).
    /// </summary>
    public TimeSpan TimestampTolerance { get; set; } = MutualAid.Domain.State.LedgerTime.DefaultTolerance;

    /// <summary>How long to wait for the next block before concluding the chain ends there; default 2 s.</summary>
    public TimeSpan EndOfChainWait { get; set; } = TimeSpan.FromSeconds(2);
}
