using Fabric.Msp.Identities;
using Fabric.Protos.Common;
using MutualAid.DevNetwork.Access;
using MutualAid.DevNetwork.Peers;
using MutualAid.DevNetwork.Policies;

namespace MutualAid.DevNetwork.Endorsing;

/// <summary>
/// Chooses which peers endorse: the smallest set of candidate peers whose identities satisfy every
/// required policy, preferring sets that include the peer the client asked.
/// </summary>
public static class EndorsementPlanner
{
    /// <summary>The chosen peers, or null when no combination of candidates satisfies the policies.</summary>
    public static IReadOnlyList<PeerNode>? Choose(
        IReadOnlyList<SignaturePolicyEnvelope> policies, IReadOnlyList<PeerNode> candidates, PeerNode? preferred, Membership membership)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(membership);
        var ordered = preferred is not null && candidates.Contains(preferred)
            ? [preferred, .. candidates.Where(c => c != preferred)]
            : candidates.ToList();
        if (ordered.Count > 16)
        {
            throw new InvalidOperationException("endorsement planning supports at most 16 candidate peers");
        }

        // Subsets in order of size, then of how early their members come: small and local first.
        foreach (var subset in Subsets(ordered.Count).OrderBy(s => s.Count).ThenBy(s => s.Sum(i => 1 << i)))
        {
            var identities = subset.Select(i => ordered[i].Identity.Identity).ToList();
            if (policies.All(p => SignaturePolicyEvaluator.IsSatisfied<X509Identity>(p, identities, membership.Satisfies)))
            {
                return subset.Select(i => ordered[i]).ToList();
            }
        }

        return null;
    }

    private static IEnumerable<IReadOnlyList<int>> Subsets(int count)
    {
        for (var mask = 1; mask < 1 << count; mask++)
        {
            yield return Enumerable.Range(0, count).Where(i => (mask & (1 << i)) != 0).ToList();
        }
    }
}
