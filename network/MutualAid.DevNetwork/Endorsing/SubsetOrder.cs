using System.Numerics;

namespace MutualAid.DevNetwork.Endorsing;

/// <summary>
/// Subsets of n candidates as bit masks in the order endorsement planning tries them: by size, then by
/// how early their members come (small and local first). Computed once per n, since every endorsement asks.
/// </summary>
internal static class SubsetOrder
{
    private static readonly int[]?[] Orders = new int[17][];

    public static int[] For(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Orders.Length - 1);
        return Orders[count] ??= Compute(count);
    }

    private static int[] Compute(int count)
    {
        var masks = new int[(1 << count) - 1];
        for (var mask = 1; mask < 1 << count; mask++)
        {
            masks[mask - 1] = mask;
        }

        // Within one size, a smaller mask holds earlier candidates.
        Array.Sort(masks, (a, b) => BitOperations.PopCount((uint)a) != BitOperations.PopCount((uint)b)
            ? BitOperations.PopCount((uint)a).CompareTo(BitOperations.PopCount((uint)b))
            : a.CompareTo(b));
        return masks;
    }
}
