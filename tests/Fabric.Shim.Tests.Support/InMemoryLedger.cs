using System.Security.Cryptography;
using Fabric.Protos.Ledger.QueryResult;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Testing;

/// <summary>
/// A small ledger that answers a chaincode's requests as a peer would: state and private collections in
/// UTF-8 key order, range queries in batches of <see cref="BatchSize"/> with iterators, pagination with
/// bookmarks, metadata, history, and ERROR for rich queries (as with LevelDB). Writes apply at once.
/// Every request is recorded in <see cref="Requests"/>.
/// </summary>
public sealed partial class InMemoryLedger
{
    private readonly Dictionary<string, SortedDictionary<string, byte[]>> _collections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, byte[]>> _metadata = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KeyModification>> _history = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<KV>> _iterators = new(StringComparer.Ordinal);
    private readonly object _lock = new();
    private int _nextIterator;

    /// <summary>The most results one QueryResponse carries (Fabric's default is 100).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Whether the chaincode's requests are recorded in <see cref="Requests"/>.</summary>
    public bool RecordRequests { get; set; } = true;

    /// <summary>Whether public writes are added to the key history <c>GET_HISTORY_FOR_KEY</c> returns.</summary>
    public bool RecordHistory { get; set; } = true;

    /// <summary>The requests received, in order.</summary>
    public List<ChaincodeMessage> Requests { get; } = [];

    /// <summary>The ids of iterators still open.</summary>
    public IReadOnlyCollection<string> OpenIterators
    {
        get
        {
            lock (_lock)
            {
                return _iterators.Keys.ToList();
            }
        }
    }

    /// <summary>Sets a public (or, with <paramref name="collection"/>, private) value directly.</summary>
    public void Seed(string key, byte[] value, string collection = "")
    {
        lock (_lock)
        {
            Collection(collection)[key] = value;
        }
    }

    /// <summary>Seeds a key with the UTF-8 bytes of <paramref name="value"/>.</summary>
    public void Seed(string key, string value, string collection = "") => Seed(key, System.Text.Encoding.UTF8.GetBytes(value), collection);

    /// <summary>Reads a value directly; null when absent.</summary>
    public byte[]? Read(string key, string collection = "")
    {
        lock (_lock)
        {
            return Collection(collection).TryGetValue(key, out var value) ? value : null;
        }
    }

    /// <summary>Adds a history entry for <paramref name="key"/>.</summary>
    public void AddHistory(string key, KeyModification modification)
    {
        lock (_lock)
        {
            if (!_history.TryGetValue(key, out var list))
            {
                _history[key] = list = [];
            }

            list.Insert(0, modification);
        }
    }

    /// <summary>Returns the reply a peer would send to <paramref name="request"/>.</summary>
    public ChaincodeMessage Handle(ChaincodeMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_lock)
        {
            if (RecordRequests)
            {
                Requests.Add(request);
            }

            try
            {
                return Messages.Reply(request, MessageType.Response, Answer(request));
            }
            catch (LedgerException ex)
            {
                return Messages.Reply(request, MessageType.Error, ByteString.CopyFromUtf8($"{request.Type} failed: transaction ID: {request.Txid}: {ex.Message}"));
            }
        }
    }

    private ByteString Answer(ChaincodeMessage request)
    {
        switch (request.Type)
        {
            case MessageType.GetState:
                var get = GetState.Parser.ParseFrom(request.Payload);
                return Collection(get.Collection).TryGetValue(get.Key, out var value) ? ByteString.CopyFrom(value) : ByteString.Empty;
            case MessageType.GetPrivateDataHash:
                var hash = GetState.Parser.ParseFrom(request.Payload);
                return Collection(hash.Collection).TryGetValue(hash.Key, out var secret) ? ByteString.CopyFrom(SHA256.HashData(secret)) : ByteString.Empty;
            case MessageType.PutState:
                var put = PutState.Parser.ParseFrom(request.Payload);
                Write(put.Collection, put.Key, put.Value.IsEmpty ? null : put.Value.ToByteArray(), request.Txid);
                return ByteString.Empty;
            case MessageType.DelState:
                var del = DelState.Parser.ParseFrom(request.Payload);
                Write(del.Collection, del.Key, null, request.Txid);
                return ByteString.Empty;
            case MessageType.PurgePrivateData:
                var purge = PurgePrivateState.Parser.ParseFrom(request.Payload);
                Collection(purge.Collection).Remove(purge.Key);
                return ByteString.Empty;
            case MessageType.GetStateMetadata:
                return GetMetadata(GetStateMetadata.Parser.ParseFrom(request.Payload));
            case MessageType.PutStateMetadata:
                PutMetadata(PutStateMetadata.Parser.ParseFrom(request.Payload));
                return ByteString.Empty;
            case MessageType.GetStateByRange:
                return Range(GetStateByRange.Parser.ParseFrom(request.Payload));
            case MessageType.QueryStateNext:
                return Next(QueryStateNext.Parser.ParseFrom(request.Payload).Id);
            case MessageType.QueryStateClose:
                var close = QueryStateClose.Parser.ParseFrom(request.Payload);
                _iterators.Remove(close.Id);
                return new QueryResponse { HasMore = false, Id = close.Id }.ToByteString();
            case MessageType.GetHistoryForKey:
                return History(GetHistoryForKey.Parser.ParseFrom(request.Payload).Key);
            case MessageType.GetQueryResult:
                throw new LedgerException("ExecuteQuery not supported for leveldb");
            case MessageType.InvokeChaincode:
                return Invoke(ChaincodeSpec.Parser.ParseFrom(request.Payload));
            default:
                throw new LedgerException($"unexpected request type {request.Type}");
        }
    }

    private SortedDictionary<string, byte[]> Collection(string name)
    {
        if (!_collections.TryGetValue(name, out var collection))
        {
            _collections[name] = collection = new SortedDictionary<string, byte[]>(Utf8Comparer.Instance);
        }

        return collection;
    }

    private void Write(string collection, string key, byte[]? value, string txId)
    {
        if (value is null)
        {
            Collection(collection).Remove(key);
        }
        else
        {
            Collection(collection)[key] = value;
        }

        if (collection.Length == 0 && RecordHistory)
        {
            AddHistory(key, new KeyModification
            {
                TxId = txId,
                Value = value is null ? ByteString.Empty : ByteString.CopyFrom(value),
                IsDelete = value is null,
                Timestamp = Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch),
            });
        }
    }

    private sealed class LedgerException(string message) : Exception(message);
}
