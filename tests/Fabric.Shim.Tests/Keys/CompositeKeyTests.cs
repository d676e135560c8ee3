using System.Text;
using Fabric.Shim.Keys;

namespace Fabric.Shim.Tests.Keys;

public sealed class CompositeKeyTests
{
    [Test]
    public void Create_AssetWithTwoAttributes_HasExactBytes()
    {
        var key = CompositeKey.Create("asset", "a", "b");

        Assert.That(Encoding.UTF8.GetBytes(key), Is.EqualTo(new byte[] { 0x00, 0x61, 0x73, 0x73, 0x65, 0x74, 0x00, 0x61, 0x00, 0x62, 0x00 }));
    }

    [Test]
    public void Split_CreatedKey_ReturnsTypeAndAttributes()
    {
        var (type, attributes) = CompositeKey.Split(CompositeKey.Create("color~name", "blue", "asset1"));

        Assert.That(type, Is.EqualTo("color~name"));
        Assert.That(attributes, Is.EqualTo(new[] { "blue", "asset1" }));
    }

    [Test]
    public void Split_TypeOnly_ReturnsNoAttributes()
    {
        var (type, attributes) = CompositeKey.Split(CompositeKey.Create("t"));

        Assert.That(type, Is.EqualTo("t"));
        Assert.That(attributes, Is.Empty);
    }

    [TestCase("a\u0000b")]
    [TestCase("a\U0010FFFFb")]
    public void Create_InvalidAttribute_ThrowsArgumentException(string attribute) =>
        Assert.That(() => CompositeKey.Create("asset", attribute), Throws.ArgumentException);

    [Test]
    public void Create_LoneSurrogate_ThrowsArgumentException() =>
        Assert.That(() => CompositeKey.Create("asset", new string('\uD800', 1)), Throws.ArgumentException.With.Message.Contains("UTF-8"));

    [Test]
    public void Create_InvalidObjectType_ThrowsArgumentException() =>
        Assert.That(() => CompositeKey.Create("as\u0000set"), Throws.ArgumentException.With.Message.Contains("U+0000"));

    [Test]
    public void Split_SimpleKey_ThrowsArgumentException() =>
        Assert.That(() => CompositeKey.Split("asset1"), Throws.ArgumentException);

    [Test]
    public void PartialKeyRange_EndKey_IsStartPlusU10FFFF()
    {
        var (start, end) = CompositeKey.PartialKeyRange("asset", ["a"]);

        Assert.That(start, Is.EqualTo("\u0000asset\u0000a\u0000"));
        Assert.That(Encoding.UTF8.GetBytes(end), Is.EqualTo(Encoding.UTF8.GetBytes(start).Concat(new byte[] { 0xF4, 0x8F, 0xBF, 0xBF })));
    }

    [Test]
    public void ValidateSimpleKeys_EmptyAndNormalKeys_Pass() =>
        Assert.That(() => CompositeKey.ValidateSimpleKeys("", "asset1"), Throws.Nothing);
}
