using Fabric.Protos.Tests.Catalogue;
using Fabric.Protos.Tests.Interop;

namespace Fabric.Protos.Tests;

/// <summary>
/// Every catalogue entry, of every message family, checked three ways against the official Node
/// bindings: Node's bytes decode here to the catalogue values, ours decode there to them, and both
/// encodings are byte-identical.
/// </summary>
public sealed class CatalogueRoundTripTests
{
    private static IEnumerable<TestCaseData> Entries =>
        Enum.GetValues<WireFamily>().SelectMany(family => WireCatalogue.NamesOf(family)
            .Select(name => new TestCaseData(name).SetCategory(family.ToString())));

    [TestCaseSource(nameof(Entries))]
    public Task Message_EncodedByNode_DecodesToCatalogueValues(string entry) => WireAssert.NodeEncodingDecodesToCatalogueAsync(entry);

    [TestCaseSource(nameof(Entries))]
    public Task Message_EncodedByDotNet_DecodesInNodeToCatalogueValues(string entry) => WireAssert.DotNetEncodingDecodesInNodeAsync(entry);

    [TestCaseSource(nameof(Entries))]
    public Task Message_EncodedByBoth_HasIdenticalBytes(string entry) => WireAssert.EncodingsIdenticalAsync(entry);
}
