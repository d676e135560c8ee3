using Fabric.Protos.Tests.Catalogue;
using Google.Protobuf;

namespace Fabric.Protos.Tests.Interop;

/// <summary>The three checks every catalogue entry goes through.</summary>
public static class WireAssert
{
    /// <summary>
    /// Parses Node's bytes with the generated parser and compares every field with the catalogue.
    /// Generated equality also compares unknown fields, so a field Node wrote under a number .NET does
    /// not declare fails here even when the field's value happens to be the default.
    /// </summary>
    public static async Task NodeEncodingDecodesToCatalogueAsync(string name)
    {
        var expected = WireCatalogue.Entries[name].Message;
        var nodeBytes = await NodeWire.EncodedByNodeAsync(name).ConfigureAwait(false);

        var decoded = expected.Descriptor.Parser.ParseFrom(nodeBytes);

        Assert.That(decoded, Is.EqualTo(expected), $"{name}: .NET decoding of Node's bytes differs from the catalogue");
    }

    /// <summary>
    /// Has Node decode the .NET bytes and checks Node's field values against Node's own catalogue
    /// entry, and Node's re-encoding against the .NET bytes (Node drops unknown fields, so a field
    /// under a wrong number shows up as missing bytes).
    /// </summary>
    public static async Task DotNetEncodingDecodesInNodeAsync(string name)
    {
        var dotNetBytes = WireCatalogue.Entries[name].Message.ToByteString();

        var node = await NodeWire.DecodedByNodeAsync(name).ConfigureAwait(false);

        Assert.That(node.Error, Is.Null);
        Assert.Multiple(() =>
        {
            Assert.That(node.Decoded, Is.EqualTo(node.Expected), $"{name}: Node's values decoded from .NET bytes");
            Assert.That(node.Bytes, Is.EqualTo(dotNetBytes.ToBase64()), $"{name}: Node's re-encoding of .NET bytes");
        });
    }

    /// <summary>
    /// Compares the two encodings byte for byte. Both write fields in number order, and Node writes
    /// map entries sorted by key, which the catalogue matches by inserting keys in sorted order.
    /// </summary>
    public static async Task EncodingsIdenticalAsync(string name)
    {
        var dotNetBytes = WireCatalogue.Entries[name].Message.ToByteArray();

        var nodeBytes = await NodeWire.EncodedByNodeAsync(name).ConfigureAwait(false);

        Assert.That(dotNetBytes, Is.EqualTo(nodeBytes.ToByteArray()), $"{name}: .NET bytes differ from Node's");
    }
}
