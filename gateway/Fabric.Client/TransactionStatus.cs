using Fabric.Protos.Peer;

namespace Fabric.Client;

/// <summary>The outcome of a committed transaction: its validation code and the block that holds it.</summary>
/// <param name="TransactionId">The transaction id.</param>
/// <param name="Code">The validation code; <see cref="TxValidationCode.Valid"/> when it took effect.</param>
/// <param name="BlockNumber">The block the transaction was committed in.</param>
public sealed record TransactionStatus(string TransactionId, TxValidationCode Code, ulong BlockNumber)
{
    /// <summary>True when the transaction is VALID and its writes took effect.</summary>
    public bool Successful => Code == TxValidationCode.Valid;
}
