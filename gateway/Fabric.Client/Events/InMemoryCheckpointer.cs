namespace Fabric.Client.Events;

/// <summary>A checkpointer kept in memory: resumes streams within one process. Not for concurrent use.</summary>
public sealed class InMemoryCheckpointer : ICheckpointer
{
    /// <inheritdoc />
    public ulong? BlockNumber { get; private set; }

    /// <inheritdoc />
    public string? TransactionId { get; private set; }

    /// <inheritdoc />
    public ValueTask CheckpointBlockAsync(ulong blockNumber, CancellationToken cancellationToken = default)
    {
        BlockNumber = blockNumber + 1;
        TransactionId = null;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask CheckpointTransactionAsync(ulong blockNumber, string transactionId, CancellationToken cancellationToken = default)
    {
        BlockNumber = blockNumber;
        TransactionId = transactionId;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask CheckpointChaincodeEventAsync(ChaincodeEvent chaincodeEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chaincodeEvent);
        return CheckpointTransactionAsync(chaincodeEvent.BlockNumber, chaincodeEvent.TransactionId, cancellationToken);
    }
}
