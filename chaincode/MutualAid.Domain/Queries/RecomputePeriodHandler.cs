using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Handlers;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Queries;

/// <summary>A query that names one sharing period of a pool.</summary>
public sealed record PeriodRequest
{
    public required string PoolId { get; init; }
    public required int PeriodSeq { get; init; }
}

/// <summary>A period's stored record beside the result recomputed from its stored inputs.</summary>
/// <param name="Period">The stored period (inputs, hash, result).</param>
/// <param name="Recomputed">cost-share/v1 applied to the stored inputs now.</param>
/// <param name="InputsHashMatches">True when the stored hash is the hash of the stored inputs.</param>
/// <param name="Matches">True when the recomputed result is byte-identical to the stored one.</param>
public sealed record PeriodRecomputation(SharingPeriod Period, CostShareResult Recomputed, bool InputsHashMatches, bool Matches);

/// <summary>Recomputes a closed period from its stored inputs and says whether it matches: the period report for the public and regulators.</summary>
public sealed class RecomputePeriodHandler : Handler<PeriodRequest>
{
    public override bool IsWrite => false;
    protected override JsonTypeInfo<PeriodRequest> RequestType => DomainJsonContext.Default.PeriodRequest;

    protected override object Handle(TxScope tx, PeriodRequest request) => Recompute(new SharingKeeper(tx).Get(request.PoolId, request.PeriodSeq));

    /// <summary>The recomputation of <paramref name="period"/>; pure.</summary>
    public static PeriodRecomputation Recompute(SharingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var ctx = DomainJsonContext.Default;
        var recomputed = CostShareCalculator.Compute(period.Inputs);
        var same = CanonicalJson.Serialize(recomputed, ctx.CostShareResult).AsSpan().SequenceEqual(CanonicalJson.Serialize(period.Result, ctx.CostShareResult));
        return new PeriodRecomputation(period, recomputed, SharingInputs.Hash(period.Inputs) == period.InputsHash, same);
    }
}
