using System.Buffers;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Google.Protobuf;
using MutualAid.DevNetwork.Storage;
using MutualAid.DevNetwork.Transactions;

namespace MutualAid.DevNetwork.Ledger;

/// <summary>
/// One channel's ledger: the durable block store and everything derived from it (world state,
/// history, the txid index). A block is durable before any of its effects become visible, and
/// opening the ledger rebuilds the derived state from the blocks, so a crash at any moment loses
/// nothing committed and exposes nothing half-written.
/// </summary>
public sealed class ChannelLedger : IDisposable
{
    /// <summary>A snapshot of derived state is written every this many blocks, and on a clean close.</summary>
    public const ulong SnapshotInterval = 500;

    private readonly BlockStore _blocks;
    private readonly string _directory;
    private readonly Lock _commitLock = new();
    private TaskCompletionSource _nextBlock = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChannelLedger(string channelId, BlockStore blocks, string directory)
    {
        ChannelId = channelId;
        _blocks = blocks;
        _directory = directory;
    }

    /// <summary>The channel name.</summary>
    public string ChannelId { get; }

    /// <summary>Current values and versions.</summary>
    public WorldState State { get; } = new();

    /// <summary>History of every key, valid transactions only.</summary>
    public HistoryIndex History { get; } = new();

    /// <summary>Committed transaction ids.</summary>
    public TxIndex Transactions { get; } = new();

    /// <summary>Number of blocks; the number of the next block.</summary>
    public ulong Height => _blocks.Height;

    /// <summary>
    /// Opens the ledger in <paramref name="directory"/>: loads the latest snapshot of derived state
    /// if it is intact, then replays the blocks after it.
    /// </summary>
    /// <exception cref="InvalidDataException">A stored block cannot be read back.</exception>
    public static ChannelLedger Open(string channelId, string directory)
    {
        var ledger = new ChannelLedger(channelId, BlockStore.Open(directory), directory);
        var start = LedgerSnapshot.TryLoad(directory, ledger._blocks.Height, ledger.State, ledger.History, ledger.Transactions);
        for (var number = start; number < ledger._blocks.Height; number++)
        {
            var block = Block.Parser.ParseFrom(ledger._blocks.Read(number));
            ledger.ApplyDerivedState(block, null, null);
        }

        return ledger;
    }

    /// <summary>The block with the given number.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such block.</exception>
    public Block GetBlock(ulong number) => Block.Parser.ParseFrom(_blocks.Read(number));

    /// <summary>
    /// Stores a validated block (its TRANSACTIONS_FILTER filled in) durably, then applies the writes
    /// of its valid transactions and wakes whoever waits for it.
    /// </summary>
    /// <param name="block">The block.</param>
    /// <param name="transactions">Its transactions already parsed (null entries did not parse), or null to parse them here.</param>
    /// <param name="validWrites">
    /// The writes of its valid transactions in order, as validation collected them, or null to read
    /// them here; given only with <paramref name="transactions"/>.
    /// </param>
    /// <exception cref="ArgumentException">The block is not the next one.</exception>
    public void Commit(Block block, IReadOnlyList<EndorserTransaction?>? transactions = null, IReadOnlyList<(ulong TxNum, StateWrite Write)>? validWrites = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        TaskCompletionSource committed;
        lock (_commitLock)
        {
            Store(block);
            ApplyDerivedState(block, transactions, transactions is null ? null : validWrites);
            if (_blocks.Height % SnapshotInterval == 0)
            {
                LedgerSnapshot.Write(_directory, _blocks.Height, State, History, Transactions);
            }
            committed = _nextBlock;
            _nextBlock = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        committed.TrySetResult();
    }

    /// <summary>
    /// Appends the block through a pooled buffer: a full block is larger than the large-object
    /// threshold, and the store only copies the bytes to disk, so a fresh array per block is waste.
    /// </summary>
    private void Store(Block block)
    {
        var size = block.CalculateSize();
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var serialized = buffer.AsSpan(0, size);
            block.WriteTo(serialized);
            _blocks.Append(block.Header.Number, serialized);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Completes once the ledger holds more than <paramref name="height"/> blocks.</summary>
    public async Task WaitForHeightAboveAsync(ulong height, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task next;
            lock (_commitLock)
            {
                if (_blocks.Height > height)
                {
                    return;
                }

                next = _nextBlock.Task;
            }

            await next.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a snapshot of derived state, so the next start replays nothing, and closes the block store.</summary>
    public void Dispose()
    {
        lock (_commitLock)
        {
            try
            {
                if (_blocks.Height > 0)
                {
                    LedgerSnapshot.Write(_directory, _blocks.Height, State, History, Transactions);
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // A snapshot is an optimisation: without it the next start replays the blocks.
            }
        }

        _blocks.Dispose();
    }

    /// <summary>The validation code of each transaction, from the block's TRANSACTIONS_FILTER.</summary>
    public static TxValidationCode[] ValidationCodes(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var filter = block.Metadata.Metadata.Count > (int)BlockMetadataIndex.TransactionsFilter
            ? block.Metadata.Metadata[(int)BlockMetadataIndex.TransactionsFilter]
            : ByteString.Empty;
        return Enumerable.Range(0, block.Data.Data.Count)
            .Select(i => i < filter.Length ? (TxValidationCode)filter[i] : TxValidationCode.NotValidated)
            .ToArray();
    }

    private void ApplyDerivedState(Block block, IReadOnlyList<EndorserTransaction?>? transactions, IReadOnlyList<(ulong TxNum, StateWrite Write)>? validWrites)
    {
        var number = block.Header.Number;
        var codes = ValidationCodes(block);
        var writes = new List<(ulong, StateWrite)>();
        var located = new List<(string TxId, TxLocation Location)>();
        for (var i = 0; i < block.Data.Data.Count; i++)
        {
            var transaction = transactions is null ? EndorserTransactionParser.Parse(block.Data.Data[i], out _) : transactions[i];
            if (transaction is null)
            {
                continue;
            }

            located.Add((transaction.TxId, new TxLocation(number, i, codes[i])));
            if (codes[i] != TxValidationCode.Valid || validWrites is not null)
            {
                continue;
            }

            var version = new KeyVersion(number, (ulong)i);
            foreach (var write in WriteSetReader.Writes(transaction))
            {
                writes.Add(((ulong)i, write));
                if (write.Metadata is null)
                {
                    History.Add(write.Namespace, write.Key, new HistoryEntry(
                        transaction.TxId, write.Value ?? [], write.IsDelete, transaction.ChannelHeader.Timestamp, version));
                }
            }
        }

        if (validWrites is not null)
        {
            // Validation already read these writes; reading the sets again would only repeat it.
            foreach (var (txNum, write) in validWrites)
            {
                var transaction = transactions![(int)txNum]!;
                if (write.Metadata is null)
                {
                    History.Add(write.Namespace, write.Key, new HistoryEntry(
                        transaction.TxId, write.Value ?? [], write.IsDelete, transaction.ChannelHeader.Timestamp, new KeyVersion(number, txNum)));
                }
            }
        }

        State.Apply(number, validWrites ?? writes);
        foreach (var (txId, location) in located)
        {
            Transactions.Add(txId, location);
        }
    }
}
