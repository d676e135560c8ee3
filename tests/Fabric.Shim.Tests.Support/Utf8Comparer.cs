
namespace Fabric.Shim.Testing;

/// <summary>
/// Orders strings by their UTF-8 bytes, as Fabric's state databases order keys: code point by code point,
/// which differs from UTF-16 ordinal order only for supplementary characters against U+E000-U+FFFF.
/// </summary>
public sealed class Utf8Comparer : IComparer<string>
{
    /// <summary>The single instance.</summary>
    public static readonly Utf8Comparer Instance = new();

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        var left = (x ?? string.Empty).EnumerateRunes();
        var right = (y ?? string.Empty).EnumerateRunes();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight)
            {
                return hasLeft.CompareTo(hasRight);
            }

            var order = left.Current.Value.CompareTo(right.Current.Value);
            if (order != 0)
            {
                return order;
            }
        }
    }
}
