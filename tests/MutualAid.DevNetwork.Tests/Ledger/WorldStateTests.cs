using System.Text;
using MutualAid.DevNetwork.Ledger;

namespace MutualAid.DevNetwork.Tests.Ledger;

public class WorldStateTests
{
    [Test]
    public void Apply_WriteThenRead_ReturnsValueWithBlockAndTxVersion()
    {
        var state = new WorldState();

        state.Apply(0, [(3, Put("k", "v"))]);

        var value = state.Get("cc", "k");
        Assert.That(value, Is.Not.Null);
        Assert.That(Encoding.UTF8.GetString(value!.Value), Is.EqualTo("v"));
        Assert.That(value.Version, Is.EqualTo(new KeyVersion(0, 3)));
        Assert.That(state.Height, Is.EqualTo(0));
    }

    [Test]
    public void Apply_EmptyValue_DeletesKey()
    {
        var state = new WorldState();
        state.Apply(0, [(0, Put("k", "v"))]);

        state.Apply(1, [(0, new StateWrite("cc", "k", []))]);

        Assert.That(state.Get("cc", "k"), Is.Null);
        Assert.That(state.Range("cc", "", "", 10), Is.Empty);
    }

    [Test]
    public void Apply_BlockOutOfOrder_Throws()
    {
        var state = new WorldState();
        state.Apply(0, []);

        Assert.That(() => state.Apply(2, []), Throws.ArgumentException);
    }

    [Test]
    public void Range_StartInclusiveEndExclusiveInUtf8Order()
    {
        var state = new WorldState();
        state.Apply(0, new[] { "a", "b", "c", "d", "\uE000", "\U0010FFFF" }.Select((k, i) => ((ulong)i, Put(k, k))));

        var middle = state.Range("cc", "b", "d", 100).Select(e => e.Key);
        var open = state.Range("cc", "c", "", 100).Select(e => e.Key);
        var limited = state.Range("cc", "a", "", 2).Select(e => e.Key);

        Assert.That(middle, Is.EqualTo(new[] { "b", "c" }));
        Assert.That(open, Is.EqualTo(new[] { "c", "d", "\uE000", "\U0010FFFF" }));
        Assert.That(limited, Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Range_CompositePrefixEndingAtMaxRune_IncludesPrivateUseCharacters()
    {
        var state = new WorldState();
        var prefix = "\u0000asset\u0000";
        state.Apply(0, [(0, Put(prefix + "\uE001\u0000", "x")), (1, Put(prefix + "a\u0000", "y"))]);

        var found = state.Range("cc", prefix, prefix + "\U0010FFFF", 100);

        Assert.That(found, Has.Count.EqualTo(2));
    }

    [Test]
    public void Apply_MetadataOnlyWrite_KeepsValueAndBumpsVersion()
    {
        var state = new WorldState();
        state.Apply(0, [(0, Put("k", "v"))]);
        var metadata = new Dictionary<string, byte[]> { ["VALIDATION_PARAMETER"] = [1, 2] };

        state.Apply(1, [(0, new StateWrite("cc", "k", null, metadata))]);
        state.Apply(2, [(0, Put("k", "w"))]);

        var value = state.Get("cc", "k")!;
        Assert.That(Encoding.UTF8.GetString(value.Value), Is.EqualTo("w"));
        Assert.That(value.Metadata["VALIDATION_PARAMETER"], Is.EqualTo(new byte[] { 1, 2 }));
        Assert.That(value.Version, Is.EqualTo(new KeyVersion(2, 0)));
    }

    private static StateWrite Put(string key, string value) => new("cc", key, Encoding.UTF8.GetBytes(value));
}
