namespace MutualAid.Domain.Model;

/// <summary>One version of a pool's parameters, kept forever: claims read the version they were filed under.</summary>
public sealed record PoolParameterVersion
{
    public required string PoolId { get; init; }
    public required int Version { get; init; }
    public required PoolParameters Parameters { get; init; }
    public required DateTimeOffset EffectiveAt { get; init; }

    /// <summary>The proposal that made it; null for the version set at creation.</summary>
    public string? ProposalId { get; init; }
}
