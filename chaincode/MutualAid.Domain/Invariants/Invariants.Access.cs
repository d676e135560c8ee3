using System.Text;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Routing;

namespace MutualAid.Domain.Invariants;

public static partial class Invariants
{
    private static readonly HashSet<string> MemberOrgEvents = new(StringComparer.Ordinal)
    {
        EventNames.MemberEnrolled, EventNames.PayoutDestinationRegistered, EventNames.MemberExited, EventNames.ClaimSubmitted,
    };

    /// <summary>
    /// I2: claims are filed through the member's organization; endorsements and objections come from distinct
    /// participating organizations other than the filing one; member-scoped events were caused by the member's organization.
    /// </summary>
    public static IEnumerable<string> CallerBinding(StateView view, LedgerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (var c in view.Claims.Values)
        {
            var pool = view.Pools[c.PoolId];
            var orgs = c.Endorsements.Select(e => e.OrgMsp).Concat(c.Objections.Select(o => o.OrgMsp)).ToList();
            if (c.FilingOrg != view.Members[c.MemberId].OrgMsp
                || orgs.Any(o => o == c.FilingOrg || pool.FindOrganization(o) is null)
                || c.Endorsements.Select(e => e.OrgMsp).Distinct().Count() != c.Endorsements.Count
                || c.Objections.Select(o => o.OrgMsp).Distinct().Count() != c.Objections.Count)
            {
                yield return $"claim {c.ClaimId} was endorsed or objected to by its own, a foreign or a repeated organization";
            }
        }

        foreach (var e in Decode(snapshot))
        {
            if (MemberOrgEvents.Contains(e.Name) && e.Member is not null && e.Actor.MspId != e.Member.OrgMsp)
            {
                yield return $"{e.Name} in {e.TxId} by {e.Actor.MspId} for a member of {e.Member.OrgMsp}";
            }
        }
    }

    /// <summary>I1: no committed transaction was caused by the regulator.</summary>
    public static IEnumerable<string> RegulatorNeverWrites(LedgerSnapshot snapshot)
        => Decode(snapshot).Where(e => e.Actor.MspId == Consortium.RegulatorMspId).Select(e => $"{e.Name} in {e.TxId} by the regulator");

    /// <summary>
    /// I3: no personal data in public keys, values or events. <paramref name="privateMarkers"/> are strings
    /// known to occur only in private data (names, diagnoses sent as transient data); none may appear in
    /// public bytes, and nothing that looks like an e-mail address may either.
    /// </summary>
    public static IEnumerable<string> NoPersonalDataInPublicState(LedgerSnapshot snapshot, IEnumerable<string> privateMarkers)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var markers = privateMarkers.Where(m => m.Length > 0).Select(Encoding.UTF8.GetBytes).ToList();
        var texts = snapshot.State.Select(kv => ("key", Encoding.UTF8.GetBytes(kv.Key)))
            .Concat(snapshot.State.Select(kv => ("value", kv.Value.ToArray())))
            .Concat(snapshot.Events.Select(e => ("event", e.Payload.ToArray())));
        foreach (var (where, bytes) in texts)
        {
            if (markers.Any(m => bytes.AsSpan().IndexOf(m) >= 0) || bytes.AsSpan().IndexOf("@"u8) >= 0)
            {
                yield return $"a public {where} contains private data: {Encoding.UTF8.GetString(bytes)[..Math.Min(bytes.Length, 60)]}";
            }
        }
    }

    private static IEnumerable<DomainEvent> Decode(LedgerSnapshot snapshot)
        => snapshot.Events.Select(e => CanonicalJson.Deserialize(e.Payload.Span, DomainJsonContext.Default.DomainEvent));
}
