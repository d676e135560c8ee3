using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Fabric.Protos.Tests.Catalogue;

/// <summary>
/// The .NET side of the wire catalogue: messages with distinctive values in every field, built with
/// the generated classes. node/wire/catalogue*.js builds the same entries, under the same names, with
/// the official Node bindings. Layers that Fabric nests as bytes are entries of their own, and the
/// outer entry holds the serialized inner entry.
/// </summary>
public sealed partial class WireCatalogue
{
    private const string ChannelId = "mutualaid-channel";
    private const string TxId = "5f0c3a9e8b7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170605f4e3";

    private static readonly Lazy<WireCatalogue> Built = new(() => new WireCatalogue());

    private readonly Dictionary<string, CatalogueEntry> _entries = [];

    private WireCatalogue()
    {
        AddProposals();
        AddReadWriteSets();
        AddProposalResponses();
        AddTransactions();
        AddBlocks();
        AddConfiguration();
        AddPolicies();
        AddChaincodeDefinitions();
        AddChaincodeMessages();
        AddGateway();
        AddDeliver();
    }

    /// <summary>Every entry by name.</summary>
    public static IReadOnlyDictionary<string, CatalogueEntry> Entries => Built.Value._entries;

    /// <summary>The names of the entries of one family, for [TestCaseSource].</summary>
    public static IEnumerable<string> NamesOf(WireFamily family) =>
        Entries.Values.Where(e => e.Family == family).Select(e => e.Name);

    /// <summary>The expected message of an entry.</summary>
    public static T Get<T>(string name)
        where T : IMessage => (T)Entries[name].Message;

    private T Add<T>(WireFamily family, string name, T message)
        where T : IMessage
    {
        _entries.Add(name, new CatalogueEntry(name, family, message));
        return message;
    }

    // An entry added earlier, reused inside a later one.
    private T Entry<T>(string name)
        where T : IMessage => (T)_entries[name].Message;

    private static ByteString Utf8(string text) => ByteString.CopyFromUtf8(text);

    private static Timestamp At(long seconds, int nanos) => new() { Seconds = seconds, Nanos = nanos };
}
