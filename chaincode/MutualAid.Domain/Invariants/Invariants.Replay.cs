namespace MutualAid.Domain.Invariants;

public static partial class Invariants
{
    /// <summary>
    /// J2: replaying the events alone gives byte-identical records of every type (pools, members, claims,
    /// entries, appeals, ballots, proposals, votes, campaigns, relief payments, recoveries, sharing periods,
    /// charges, ...) and therefore the same balance for every pool.
    /// </summary>
    public static IEnumerable<string> EventsRebuildState(StateView view, LedgerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(snapshot);
        var replay = EventReplayer.Replay(snapshot.Events);
        var expected = replay.Records;
        var actual = view.Raw.Where(kv => EventReplayer.RecordTypes.Contains(State.CompositeKey.Split(kv.Key).ObjectType)).ToList();
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
