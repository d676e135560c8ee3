using Fabric.Protos.Peer;
using Fabric.Shim.Iterators;
using Fabric.Shim.Keys;
using Google.Protobuf;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Stub;

/// <summary>Private data collections: the same messages as public state with the collection set.</summary>
internal sealed partial class ChaincodeStub
{
    public async Task<byte[]> GetPrivateDataAsync(string collection, string key)
    {
        RequireCollection(collection);
        ArgumentNullException.ThrowIfNull(key);
        var payload = await _peer.RequestAsync(MessageType.GetState, new GetState { Key = key, Collection = collection }).ConfigureAwait(false);
        return payload.ToByteArray();
    }

    public async Task<byte[]> GetPrivateDataHashAsync(string collection, string key)
    {
        RequireCollection(collection);
        ArgumentNullException.ThrowIfNull(key);
        var payload = await _peer.RequestAsync(
            MessageType.GetPrivateDataHash, new GetState { Key = key, Collection = collection }).ConfigureAwait(false);
        return payload.ToByteArray();
    }

    public Task PutPrivateDataAsync(string collection, string key, ReadOnlyMemory<byte> value)
    {
        RequireCollection(collection);
        ArgumentException.ThrowIfNullOrEmpty(key);
        return _peer.RequestAsync(
            MessageType.PutState, new PutState { Key = key, Value = ByteString.CopyFrom(value.Span), Collection = collection });
    }

    public Task DelPrivateDataAsync(string collection, string key)
    {
        RequireCollection(collection);
        ArgumentException.ThrowIfNullOrEmpty(key);
        return _peer.RequestAsync(MessageType.DelState, new DelState { Key = key, Collection = collection });
    }

    public Task PurgePrivateDataAsync(string collection, string key)
    {
        RequireCollection(collection);
        ArgumentException.ThrowIfNullOrEmpty(key);
        return _peer.RequestAsync(MessageType.PurgePrivateData, new PurgePrivateState { Key = key, Collection = collection });
    }

    public async Task<StateQueryIterator> GetPrivateDataByRangeAsync(string collection, string startKey, string endKey)
    {
        RequireCollection(collection);
        var response = await RangeAsync(collection, SimpleStart(startKey, endKey), endKey, null).ConfigureAwait(false);
        return new StateQueryIterator(_peer, response);
    }

    public async Task<StateQueryIterator> GetPrivateDataByPartialCompositeKeyAsync(string collection, string objectType, params IEnumerable<string> attributes)
    {
        RequireCollection(collection);
        var (start, end) = CompositeKey.PartialKeyRange(objectType, attributes);
        return new StateQueryIterator(_peer, await RangeAsync(collection, start, end, null).ConfigureAwait(false));
    }

    public async Task<StateQueryIterator> GetPrivateDataQueryResultAsync(string collection, string query)
    {
        RequireCollection(collection);
        return new StateQueryIterator(_peer, await QueryAsync(collection, query, null).ConfigureAwait(false));
    }

    public Task<byte[]> GetPrivateDataValidationParameterAsync(string collection, string key)
    {
        RequireCollection(collection);
        return GetValidationParameterAsync(collection, key);
    }

    public Task SetPrivateDataValidationParameterAsync(string collection, string key, ReadOnlyMemory<byte> endorsementPolicy)
    {
        RequireCollection(collection);
        return SetValidationParameterAsync(collection, key, endorsementPolicy);
    }

    private static void RequireCollection(string collection)
    {
        if (string.IsNullOrEmpty(collection))
        {
            throw new ArgumentException("collection must not be an empty string", nameof(collection));
        }
    }
}
