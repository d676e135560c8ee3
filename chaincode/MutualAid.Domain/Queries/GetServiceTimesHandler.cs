using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Queries;

/// <summary>Computes service-time statistics of a pool's claims from their stage timelines.</summary>
public sealed class GetServiceTimesHandler : Handler<PoolRequest>
{
    public override bool IsWrite => false;
    protected override JsonTypeInfo<PoolRequest> RequestType => DomainJsonContext.Default.PoolRequest;

    protected override object Handle(TxScope tx, PoolRequest request)
    {
        new PoolKeeper(tx).Get(request.PoolId);
        var claims = new ClaimKeeper(tx);
        var list = claims.Ids(request.PoolId, null).Select(claims.Get).ToList();
        return Compute(request.PoolId, list);
    }

    /// <summary>The report over <paramref name="claims"/>; pure.</summary>
    public static ServiceTimeReport Compute(string poolId, IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var samples = new List<(ClaimStatus From, ClaimStatus To, long Seconds)>();
        foreach (var claim in claims)
        {
            var t = claim.Timeline;
            for (var i = 1; i < t.Count; i++)
            {
                samples.Add((t[i - 1].Status, t[i].Status, Seconds(t[i - 1].At, t[i].At)));
            }

            if (t.Count > 2 && ClaimTransitions.IsTerminal(t[^1].Status))
            {
                samples.Add((t[0].Status, t[^1].Status, Seconds(t[0].At, t[^1].At)));
            }
        }

        var stages = samples
            .GroupBy(s => (s.From, s.To))
            .OrderBy(g => g.Key.From).ThenBy(g => g.Key.To)
            .Select(g =>
            {
                var total = g.Aggregate(0L, (sum, s) => checked(sum + s.Seconds));
                var count = g.Count();
                return new StageDuration
                {
                    From = g.Key.From, To = g.Key.To, Count = count, TotalSeconds = total,
                    MinSeconds = g.Min(s => s.Seconds), MaxSeconds = g.Max(s => s.Seconds), MeanSeconds = total / count,
                };
            })
            .ToList();
        return new ServiceTimeReport(poolId, claims.Count, stages);
    }

    private static long Seconds(DateTimeOffset from, DateTimeOffset to) => (to - from).Ticks / TimeSpan.TicksPerSecond;
}
