using Fabric.Protos.Tests.Catalogue;
using Fabric.Protos.Tests.Interop;

namespace Fabric.Protos.Tests;

/// <summary>Legacy chaincode definitions and peer query results against the official Node bindings.</summary>
public sealed class ChaincodeDefinitionWireTests
{
    private static IEnumerable<string> Entries => WireCatalogue.NamesOf(WireFamily.ChaincodeDefinition);

    [TestCaseSource(nameof(Entries))]
    public Task Message_EncodedByNode_DecodesToCatalogueValues(string entry) => WireAssert.NodeEncodingDecodesToCatalogueAsync(entry);

    [TestCaseSource(nameof(Entries))]
    public Task Message_EncodedByDotNet_DecodesInNodeToCatalogueValues(string entry) => WireAssert.DotNetEncodingDecodesInNodeAsync(entry);

    [TestCaseSource(nameof(Entries))]
    public Task Message_EncodedByBoth_HasIdenticalBytes(string entry) => WireAssert.EncodingsIdenticalAsync(entry);
}
