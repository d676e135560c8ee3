using System.Text;

namespace MutualAid.Domain.State;

/// <summary>Orders keys by their UTF-8 bytes, the order in which Fabric's state database iterates.</summary>
public sealed class Utf8KeyComparer : IComparer<string>
{
    /// <summary>The shared instance.</summary>
    public static Utf8KeyComparer Instance { get; } = new();

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

        return Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y));
    }
}
