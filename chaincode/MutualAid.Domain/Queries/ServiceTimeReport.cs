using MutualAid.Domain.Model;

namespace MutualAid.Domain.Queries;

/// <summary>Claim service times of a pool, measured from the ledger timestamps of every stage change.</summary>
/// <param name="PoolId">The pool.</param>
/// <param name="ClaimCount">Claims considered.</param>
/// <param name="Stages">One row per observed stage pair, consecutive stages and filing-to-end.</param>
public sealed record ServiceTimeReport(string PoolId, int ClaimCount, IReadOnlyList<StageDuration> Stages);

/// <summary>How long claims took from one stage to another, in whole seconds (mean rounded down).</summary>
public sealed record StageDuration
{
    public required ClaimStatus From { get; init; }
    public required ClaimStatus To { get; init; }
    public required int Count { get; init; }
    public required long TotalSeconds { get; init; }
    public required long MinSeconds { get; init; }
    public required long MaxSeconds { get; init; }
    public required long MeanSeconds { get; init; }
}
