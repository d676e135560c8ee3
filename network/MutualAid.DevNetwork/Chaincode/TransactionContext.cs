using System.Globalization;
using Fabric.Protos.Peer;
using MutualAid.DevNetwork.Ledger;
using MutualAid.DevNetwork.Simulation;

namespace MutualAid.DevNetwork.Chaincode;

/// <summary>
/// What the peer keeps for one transaction while a chaincode executes it: the simulator that
/// records its reads and writes, its open query cursors, and the way to call other chaincodes.
/// </summary>
public sealed class TransactionContext(
    string channelId, string txId, string chaincodeName, SignedProposal proposal, TxSimulator simulator, HistoryIndex history)
{
    private readonly Dictionary<string, QueryCursor> _cursors = new(StringComparer.Ordinal);
    private int _nextCursor;

    /// <summary>The channel the transaction runs on.</summary>
    public string ChannelId { get; } = channelId;

    /// <summary>The transaction id.</summary>
    public string TxId { get; } = txId;

    /// <summary>The chaincode being executed: the namespace of its state.</summary>
    public string ChaincodeName { get; } = chaincodeName;

    /// <summary>The client's signed proposal, passed on to the chaincode and to chaincodes it calls.</summary>
    public SignedProposal Proposal { get; } = proposal;

    /// <summary>Records the transaction's reads and writes.</summary>
    public TxSimulator Simulator { get; } = simulator;

    /// <summary>Committed history, for GetHistoryForKey.</summary>
    public HistoryIndex History { get; } = history;

    /// <summary>The chaincode's definition (its private data collections), if known.</summary>
    public ChaincodeDefinition? Definition { get; init; }

    /// <summary>The MSP id of the client that signed the proposal.</summary>
    public string CreatorMspId { get; init; } = string.Empty;

    /// <summary>Runs another chaincode in this transaction (chaincode-to-chaincode invocation), if the peer supports it.</summary>
    public Func<string, ChaincodeInput, TransactionContext, Task<ChaincodeMessage>>? InvokeChaincode { get; init; }

    /// <summary>True once the transaction has written; paginated queries are then refused.</summary>
    public bool HasWritten { get; internal set; }

    /// <summary>True once the transaction ran a paginated query; writes are then refused.</summary>
    public bool HasPaginated { get; internal set; }

    internal QueryCursor OpenCursor(Func<(string Key, Google.Protobuf.ByteString Result)?> next, int? pageSize)
    {
        lock (_cursors)
        {
            var id = (++_nextCursor).ToString(CultureInfo.InvariantCulture);
            var cursor = new QueryCursor(id, next, pageSize);
            _cursors[id] = cursor;
            return cursor;
        }
    }

    internal QueryCursor? FindCursor(string id)
    {
        lock (_cursors)
        {
            return _cursors.GetValueOrDefault(id);
        }
    }

    internal void CloseCursor(string id)
    {
        lock (_cursors)
        {
            _cursors.Remove(id);
        }
    }
}
