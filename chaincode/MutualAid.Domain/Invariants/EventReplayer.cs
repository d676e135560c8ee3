using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;

namespace MutualAid.Domain.Invariants;

/// <summary>
/// Rebuilds pools, members, claims and balances from the event stream alone, as an off-chain consumer
/// (the gateway, a regulator) would. <see cref="Invariants.EventsRebuildState"/> compares it with the state.
/// </summary>
public sealed class EventReplayer
{
    public Dictionary<string, Pool> Pools { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, PoolOutflows> Outflows { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Member> Members { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Claim> Claims { get; } = new(StringComparer.Ordinal);
    public List<LedgerEntry> Entries { get; } = [];

    /// <summary>Replays <paramref name="events"/> in order.</summary>
    public static EventReplayer Replay(IEnumerable<RecordedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var replayer = new EventReplayer();
        foreach (var e in events)
        {
            replayer.Apply(CanonicalJson.Deserialize(e.Payload.Span, DomainJsonContext.Default.DomainEvent));
        }

        return replayer;
    }

    /// <summary>Applies one event: every record it carries replaces the previous version; entries are appended.</summary>
    public void Apply(DomainEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Pool is not null)
        {
            Pools[e.Pool.PoolId] = e.Pool;
        }

        if (e.Outflows is not null)
        {
            Outflows[e.Outflows.PoolId] = e.Outflows;
        }

        if (e.Member is not null)
        {
            Members[e.Member.MemberId] = e.Member;
        }

        if (e.Claim is not null)
        {
            Claims[e.Claim.ClaimId] = e.Claim;
        }

        Entries.AddRange(e.Entries);
    }

    /// <summary>The balance of a pool as the events tell it.</summary>
    public long Balance(string poolId)
        => AccountKeeper.Sum(Entries.Where(x => x.PoolId == poolId)).Balance(Pools[poolId].OpeningBalance);
}
