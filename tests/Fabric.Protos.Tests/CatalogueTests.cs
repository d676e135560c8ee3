using Fabric.Protos.Tests.Catalogue;
using Fabric.Protos.Tests.Interop;

namespace Fabric.Protos.Tests;

/// <summary>The .NET and Node catalogues describe the same entries.</summary>
public sealed class CatalogueTests
{
    [Test]
    public async Task EntryNames_ComparedWithNodeCatalogue_AreTheSame()
    {
        var nodeNames = await NodeWire.NamesAsync();

        Assert.That(WireCatalogue.Entries.Keys, Is.EquivalentTo(nodeNames));
    }

    [Test]
    public void ChaincodeMessageEntries_EveryTypeValue_HasOneEntry()
    {
        var typeNames = Peer.ChaincodeMessage.Descriptor.EnumTypes.Single(e => e.Name == "Type").Values.Select(v => v.Name);

        Assert.That(
            WireCatalogue.NamesOf(WireFamily.ChaincodeMessage).Where(n => n.StartsWith("ChaincodeMessage.", StringComparison.Ordinal)),
            Is.EquivalentTo(typeNames.Select(n => $"ChaincodeMessage.{n}")));
    }
}
