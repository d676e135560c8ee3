using System.Text;

namespace MutualAid.DevNetwork.Ledger;

/// <summary>
/// Orders state keys as Fabric's ledger does: by their UTF-8 bytes. Ordinal string comparison
/// compares UTF-16 code units and would put U+10FFFF (a surrogate pair) below U+E000..U+FFFF, which
/// breaks composite-key range scans that end at U+10FFFF.
/// </summary>
public sealed class Utf8KeyComparer : IComparer<string>
{
    /// <summary>The single instance.</summary>
    public static readonly Utf8KeyComparer Instance = new();

    private Utf8KeyComparer()
    {
    }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        // Code-point order equals UTF-8 byte order, so walk runes instead of encoding both keys.
        var left = x.EnumerateRunes();
        var right = y.EnumerateRunes();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight)
            {
                return hasLeft ? 1 : hasRight ? -1 : 0;
            }

            var order = left.Current.Value.CompareTo(right.Current.Value);
            if (order != 0)
            {
                return order;
            }
        }
    }

    /// <summary>Compares two keys already encoded as UTF-8.</summary>
    public static int Compare(ReadOnlySpan<byte> x, ReadOnlySpan<byte> y) => x.SequenceCompareTo(y);

    /// <summary>The UTF-8 encoding of a key.</summary>
    public static byte[] Encode(string key) => Encoding.UTF8.GetBytes(key);
}
