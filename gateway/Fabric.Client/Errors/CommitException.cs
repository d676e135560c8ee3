using Fabric.Protos.Peer;

namespace Fabric.Client.Errors;

/// <summary>
/// A transaction that was ordered and committed to a block but marked invalid by validation (its
/// <see cref="TxValidationCode"/> is not VALID): nothing it wrote reached the world state. Not a
/// transport failure; the block number says where it was recorded.
/// </summary>
public sealed class CommitException : FabricClientException
{
    /// <summary>Creates the exception for <paramref name="transactionId"/> with its validation code.</summary>
    public CommitException(string transactionId, TxValidationCode code, ulong blockNumber)
        : base(
            $"Transaction {transactionId} failed to commit with status code {(int)code} ({ValidationCodes.NameOf(code)})",
            transactionId,
            null)
    {
        Code = code;
        BlockNumber = blockNumber;
    }

    /// <summary>The validation code the committing peer gave the transaction.</summary>
    public TxValidationCode Code { get; }

    /// <summary>The block that recorded the invalid transaction.</summary>
    public ulong BlockNumber { get; }

    /// <summary>
    /// True for read conflicts (MVCC_READ_CONFLICT, PHANTOM_READ_CONFLICT): running the transaction
    /// again <em>as a new transaction</em> (new proposal, new transaction id) could succeed. Resubmitting
    /// this same transaction never can; Fabric rejects a duplicate transaction id.
    /// </summary>
    public override bool IsTransient => ValidationCodes.IsReadConflict(Code);
}
