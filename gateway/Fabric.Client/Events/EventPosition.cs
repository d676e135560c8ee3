using Fabric.Protos.Orderer;

namespace Fabric.Client.Events;

/// <summary>Where a stream (re)starts: a block, or the next commit, and a transaction to skip through.</summary>
internal sealed record EventPosition(ulong? Block, string? AfterTransactionId)
{
    public static EventPosition From(EventsOptions options) =>
        options.Checkpoint?.BlockNumber is { } block
            ? new EventPosition(block, string.IsNullOrEmpty(options.Checkpoint.TransactionId) ? null : options.Checkpoint.TransactionId)
            : new EventPosition(options.StartBlock, null);

    /// <summary>The position just after a delivered block.</summary>
    public static EventPosition After(ulong block) => new(block + 1, null);

    public SeekPosition ToSeekPosition() => Block is { } number
        ? new SeekPosition { Specified = new SeekSpecified { Number = number } }
        : new SeekPosition { NextCommit = new SeekNextCommit() };
}
