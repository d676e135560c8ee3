using System.Text.Json;
using Fabric.Protos.Tests.Catalogue;
using Google.Protobuf;
using NodeInterop.Support;

namespace Fabric.Protos.Tests.Interop;

/// <summary>
/// Runs the Node side of the catalogue, once per direction for the whole test run: node/wire/encode.js
/// (Node encodes every entry) and node/wire/decode.js (Node decodes every .NET-encoded entry).
/// </summary>
public static class NodeWire
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<Task<IReadOnlyDictionary<string, ByteString>>> Encoded = new(EncodeAllAsync);

    private static readonly Lazy<Task<IReadOnlyDictionary<string, NodeDecoding>>> Decoded = new(DecodeAllAsync);

    /// <summary>Names of every entry in the Node catalogue.</summary>
    public static async Task<IReadOnlyCollection<string>> NamesAsync() => [.. (await Encoded.Value.ConfigureAwait(false)).Keys];

    /// <summary>The bytes the official bindings produce for an entry.</summary>
    /// <exception cref="KeyNotFoundException">Node has no entry of that name.</exception>
    public static async Task<ByteString> EncodedByNodeAsync(string name) => (await Encoded.Value.ConfigureAwait(false))[name];

    /// <summary>What the official bindings decode from the .NET encoding of an entry.</summary>
    /// <exception cref="KeyNotFoundException">The entry was not sent to Node.</exception>
    public static async Task<NodeDecoding> DecodedByNodeAsync(string name) => (await Decoded.Value.ConfigureAwait(false))[name];

    private static async Task<IReadOnlyDictionary<string, ByteString>> EncodeAllAsync()
    {
        var output = await NodeScript.RunAsync("wire/encode.js").ConfigureAwait(false);
        var base64 = JsonSerializer.Deserialize<Dictionary<string, string>>(output, Json)
            ?? throw new InvalidOperationException("encode.js printed nothing");
        return base64.ToDictionary(e => e.Key, e => ByteString.FromBase64(e.Value));
    }

    private static async Task<IReadOnlyDictionary<string, NodeDecoding>> DecodeAllAsync()
    {
        var input = WireCatalogue.Entries.ToDictionary(e => e.Key, e => e.Value.Message.ToByteString().ToBase64());
        var output = await NodeScript.RunAsync("wire/decode.js", JsonSerializer.Serialize(input)).ConfigureAwait(false);
        return JsonSerializer.Deserialize<Dictionary<string, NodeDecoding>>(output, Json)
            ?? throw new InvalidOperationException("decode.js printed nothing");
    }
}
