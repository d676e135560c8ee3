namespace MutualAid.Domain.Model;

/// <summary>What a CreatePool proposal would create: everything of a pool but its id, administrator and time.</summary>
public sealed record PoolCharter
{
    public required PoolType Type { get; init; }
    public required IReadOnlyList<PoolOrganization> Organizations { get; init; }
    public required PoolParameters Parameters { get; init; }
    public required long OpeningBalance { get; init; }
}
