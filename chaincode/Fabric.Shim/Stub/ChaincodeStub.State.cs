using Fabric.Protos.Peer;
using Google.Protobuf;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Stub;

/// <summary>Public state reads and writes, and state metadata (key-level endorsement policies) for public and private keys.</summary>
internal sealed partial class ChaincodeStub
{
    /// <summary>The metadata key under which Fabric keeps a key-level endorsement policy.</summary>
    internal const string ValidationParameterKey = "VALIDATION_PARAMETER";

    public async Task<byte[]> GetStateAsync(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var payload = await _peer.RequestAsync(MessageType.GetState, new GetState { Key = key }).ConfigureAwait(false);
        return payload.ToByteArray();
    }

    public Task PutStateAsync(string key, ReadOnlyMemory<byte> value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return _peer.RequestAsync(MessageType.PutState, new PutState { Key = key, Value = ByteString.CopyFrom(value.Span) });
    }

    public Task DelStateAsync(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return _peer.RequestAsync(MessageType.DelState, new DelState { Key = key });
    }

    public Task<byte[]> GetStateValidationParameterAsync(string key) => GetValidationParameterAsync(string.Empty, key);

    public Task SetStateValidationParameterAsync(string key, ReadOnlyMemory<byte> endorsementPolicy) =>
        SetValidationParameterAsync(string.Empty, key, endorsementPolicy);

    private async Task<byte[]> GetValidationParameterAsync(string collection, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var payload = await _peer.RequestAsync(
            MessageType.GetStateMetadata, new GetStateMetadata { Key = key, Collection = collection }).ConfigureAwait(false);
        var result = StateMetadataResult.Parser.ParseFrom(payload);
        foreach (var entry in result.Entries)
        {
            if (entry.Metakey == ValidationParameterKey)
            {
                return entry.Value.ToByteArray();
            }
        }

        return [];
    }

    private Task<ByteString> SetValidationParameterAsync(string collection, string key, ReadOnlyMemory<byte> endorsementPolicy)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var request = new PutStateMetadata
        {
            Key = key,
            Collection = collection,
            Metadata = new StateMetadata { Metakey = ValidationParameterKey, Value = ByteString.CopyFrom(endorsementPolicy.Span) },
        };
        return _peer.RequestAsync(MessageType.PutStateMetadata, request);
    }
}
