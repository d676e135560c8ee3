namespace MutualAid.DevNetwork.Storage;

/// <summary>Where a block's payload lies: segment index, payload offset and length.</summary>
internal readonly record struct BlockLocation(int Segment, long Offset, int Length);
