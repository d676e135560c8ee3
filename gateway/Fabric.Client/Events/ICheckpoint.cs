namespace Fabric.Client.Events;

/// <summary>
/// A position in the event stream to resume from: the block to start at and, within it, the last
/// transaction already processed (events up to and including it are skipped).
/// </summary>
public interface ICheckpoint
{
    /// <summary>The block to resume at, or null when nothing has been checkpointed yet.</summary>
    ulong? BlockNumber { get; }

    /// <summary>The last processed transaction in <see cref="BlockNumber"/>, or null to take the whole block.</summary>
    string? TransactionId { get; }
}
