using Fabric.Protos.Peer;
using Fabric.Protos.Tests.Interop;
using Fabric.Protos.Tests.Shifted;

namespace Fabric.Protos.Tests;

/// <summary>
/// Shows that the wire tests notice a wrong field number: Node's GetState bytes read through a layout
/// whose collection sits at field 3 instead of 2 lose the collection, and the comparison the catalogue
/// tests use rejects the result.
/// </summary>
public sealed class FieldNumberSanityTests
{
    [Test]
    public async Task GetState_ParsedWithShiftedFieldNumber_LosesCollectionAndFailsComparison()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("GetState");
        var correct = GetState.Parser.ParseFrom(bytes);

        var shifted = ShiftedGetState.Parser.ParseFrom(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(correct.Collection, Is.EqualTo("medical"));
            Assert.That(shifted.Key, Is.EqualTo(correct.Key));
            Assert.That(shifted.Collection, Is.Empty);
            Assert.That(shifted, Is.Not.EqualTo(new ShiftedGetState { Key = correct.Key, Collection = correct.Collection }));
            Assert.That(shifted, Is.Not.EqualTo(new ShiftedGetState { Key = correct.Key }), "the value survives only as an unknown field");
        });
    }
}
