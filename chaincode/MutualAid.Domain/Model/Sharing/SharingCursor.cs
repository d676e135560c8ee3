namespace MutualAid.Domain.Model;

/// <summary>A cost-sharing pool's next period to close and the surplus carried into it.</summary>
public sealed record SharingCursor
{
    public required string PoolId { get; init; }
    public required int NextSeq { get; init; }
    public required DateTimeOffset NextStart { get; init; }

    /// <summary>Collected beyond what was shared (rounding), carried into the next period.</summary>
    public required long CarriedSurplus { get; init; }
}
