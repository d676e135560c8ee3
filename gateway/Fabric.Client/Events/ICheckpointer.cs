namespace Fabric.Client.Events;

/// <summary>
/// Records how far an application has processed events, so a new stream (after a restart) resumes with
/// no event missed and none repeated. Call it after each event or block is processed.
/// </summary>
public interface ICheckpointer : ICheckpoint
{
    /// <summary>Records that block <paramref name="blockNumber"/> is fully processed (resume at the next block).</summary>
    /// <exception cref="IOException">A persistent checkpointer could not save.</exception>
    ValueTask CheckpointBlockAsync(ulong blockNumber, CancellationToken cancellationToken = default);

    /// <summary>Records that transaction <paramref name="transactionId"/> in <paramref name="blockNumber"/> is processed.</summary>
    /// <exception cref="IOException">A persistent checkpointer could not save.</exception>
    ValueTask CheckpointTransactionAsync(ulong blockNumber, string transactionId, CancellationToken cancellationToken = default);

    /// <summary>Records that <paramref name="chaincodeEvent"/> (and everything before it) is processed.</summary>
    /// <exception cref="IOException">A persistent checkpointer could not save.</exception>
    ValueTask CheckpointChaincodeEventAsync(ChaincodeEvent chaincodeEvent, CancellationToken cancellationToken = default);
}
