using Fabric.Protos.Peer;

namespace MutualAid.DevNetwork.Ledger;

/// <summary>Where a transaction id was committed, and with which validation code.</summary>
public readonly record struct TxLocation(ulong BlockNumber, int TxNum, TxValidationCode Code);
