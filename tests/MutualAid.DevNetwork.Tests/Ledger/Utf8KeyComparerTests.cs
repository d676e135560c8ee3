using System.Text;
using MutualAid.DevNetwork.Ledger;

namespace MutualAid.DevNetwork.Tests.Ledger;

public class Utf8KeyComparerTests
{
    [Test]
    public void Compare_SupplementaryVersusBmpPrivateUse_OrdersByUtf8NotUtf16()
    {
        // U+10FFFF is F4 8F BF BF in UTF-8 but DBFF DFFF in UTF-16, below U+E000.
        var high = "a\U0010FFFF";
        var privateUse = "a\uE000";

        Assert.That(Utf8KeyComparer.Instance.Compare(privateUse, high), Is.LessThan(0));
        Assert.That(string.CompareOrdinal(privateUse, high), Is.GreaterThan(0), "the pitfall the comparer avoids");
    }

    [Test]
    public void Compare_ManyKeys_MatchesUtf8ByteOrder()
    {
        string[] keys = ["", "a", "ab", "b", "\u0000asset\u0000x\u0000", "\u00ff", "\u0800", "\uE000", "\uFFFF",
            "\U00010000", "\U0010FFFF", "z\u0001", "z\U0001F600", "Z"];

        var byComparer = keys.Order(Utf8KeyComparer.Instance).ToArray();
        var byBytes = keys.OrderBy(k => Encoding.UTF8.GetBytes(k), Comparer<byte[]>.Create(
            (x, y) => Utf8KeyComparer.Compare(x, y))).ToArray();

        Assert.That(byComparer, Is.EqualTo(byBytes));
    }

    [Test]
    public void Compare_PrefixAndEqual_ShorterFirstAndZeroForEqual()
    {
        Assert.That(Utf8KeyComparer.Instance.Compare("abc", "abcd"), Is.LessThan(0));
        Assert.That(Utf8KeyComparer.Instance.Compare("abcd", "abc"), Is.GreaterThan(0));
        Assert.That(Utf8KeyComparer.Instance.Compare("abc", "abc"), Is.Zero);
    }
}
