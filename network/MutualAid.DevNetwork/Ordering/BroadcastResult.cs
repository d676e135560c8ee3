using Fabric.Protos.Common;

namespace MutualAid.DevNetwork.Ordering;

/// <summary>What the orderer answers a broadcast envelope: SUCCESS, or a status with the reason.</summary>
public sealed record BroadcastResult(Status Status, string Info)
{
    /// <summary>Accepted for ordering.</summary>
    public static readonly BroadcastResult Success = new(Status.Success, string.Empty);
}
