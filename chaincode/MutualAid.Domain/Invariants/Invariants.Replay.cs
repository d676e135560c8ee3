using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;

namespace MutualAid.Domain.Invariants;

public static partial class Invariants
{
    /// <summary>
    /// J2: replaying the events alone gives byte-identical pools, outflow records, members and claims, the same
    /// ledger entries, and therefore the same balance for every pool.
    /// </summary>
    public static IEnumerable<string> EventsRebuildState(StateView view, LedgerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(snapshot);
        var replay = EventReplayer.Replay(snapshot.Events);
        var ctx = DomainJsonContext.Default;
        var expected = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var p in replay.Pools.Values)
        {
            expected[Keys.Pool(p.PoolId)] = CanonicalJson.Serialize(p, ctx.Pool);
        }

        foreach (var o in replay.Outflows.Values)
        {
            expected[Keys.Outflows(o.PoolId)] = CanonicalJson.Serialize(o, ctx.PoolOutflows);
        }

        foreach (var m in replay.Members.Values)
        {
            expected[Keys.Member(m.MemberId)] = CanonicalJson.Serialize(m, ctx.Member);
        }

        foreach (var c in replay.Claims.Values)
        {
            expected[Keys.Claim(c.ClaimId)] = CanonicalJson.Serialize(c, ctx.Claim);
        }

        foreach (var e in replay.Entries)
        {
            expected[Keys.PoolEntry(e)] = CanonicalJson.Serialize(e, ctx.LedgerEntry);
        }

        var recordTypes = new HashSet<string>(StringComparer.Ordinal) { Keys.PoolType, Keys.PoolOutflowsType, Keys.MemberType, Keys.ClaimType, Keys.PoolEntryType };
        var actual = view.Raw.Where(kv => recordTypes.Contains(State.CompositeKey.Split(kv.Key).ObjectType)).ToList();
        if (actual.Count != expected.Count)
        {
            yield return $"events rebuild {expected.Count} records; the state holds {actual.Count}";
        }

        foreach (var (key, bytes) in actual)
        {
            if (!expected.TryGetValue(key, out var rebuilt) || !rebuilt.AsSpan().SequenceEqual(bytes.Span))
            {
                yield return $"record {key.Replace('\u0000', '/')} differs from its replay";
            }
        }

        foreach (var poolId in view.Pools.Keys)
        {
            var fromState = view.Totals(poolId).Balance(view.Pools[poolId].OpeningBalance);
            if (replay.Pools.ContainsKey(poolId) && replay.Balance(poolId) != fromState)
            {
                yield return $"pool {poolId}: replayed balance {replay.Balance(poolId)} but state balance {fromState}";
            }
        }
    }
}
