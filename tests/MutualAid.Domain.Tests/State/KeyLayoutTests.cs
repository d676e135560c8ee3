using MutualAid.Domain.Errors;
using MutualAid.Domain.State;

namespace MutualAid.Domain.Tests.State;

public sealed class KeyLayoutTests
{
    [Test]
    public void Create_TypeAndAttributes_UsesFabricCompositeKeyLayout()
        => Assert.That(CompositeKey.Create("claim", "CLM-1"), Is.EqualTo("\u0000claim\u0000CLM-1\u0000"));

    [Test]
    public void Split_CompositeKey_ReturnsTypeAndAttributes()
    {
        var (type, attributes) = CompositeKey.Split(CompositeKey.Create("pool~entry", "p", "tx", "0001"));

        Assert.Multiple(() =>
        {
            Assert.That(type, Is.EqualTo("pool~entry"));
            Assert.That(attributes, Is.EqualTo(new[] { "p", "tx", "0001" }));
        });
    }

    [Test]
    public void Create_AttributeWithNul_Throws()
        => Assert.Throws<ArgumentException>(() => CompositeKey.Create("claim", "a\u0000b"));

    [Test]
    public void Utf8KeyComparer_SupplementaryVersusBmpPrivateUse_OrdersByUtf8Bytes()
    {
        // U+E000 sorts after U+1F600 in UTF-16 code units, before it in UTF-8 bytes (EE.. < F0..).
        var keys = new List<string> { "\U0001F600", "\uE000" };

        keys.Sort(Utf8KeyComparer.Instance);

        Assert.That(keys, Is.EqualTo(new[] { "\uE000", "\U0001F600" }));
    }

    [Test]
    public void ErrorCodes_EveryCode_IsUpperSnakeCaseWithA4xxOr500Status()
    {
        Assert.That(ErrorCodes.All, Is.Unique);
        foreach (var code in ErrorCodes.All)
        {
            Assert.That(code, Does.Match("^[A-Z]+(_[A-Z]+)*$"));
            Assert.That(ErrorCodes.StatusOf(code), Is.AnyOf(400, 403, 404, 409, 500));
        }
    }
}
