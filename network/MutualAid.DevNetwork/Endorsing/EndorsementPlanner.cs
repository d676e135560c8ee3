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
    private const int MaxCandidates = 16;

    /// <summary>The chosen peers, or null when no combination of candidates satisfies the policies.</summary>
    public static IReadOnlyList<PeerNode>? Choose(
        IReadOnlyList<SignaturePolicyEnvelope> policies, IReadOnlyList<PeerNode> candidates, PeerNode? preferred, Membership membership)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(membership);
        var ordered = new List<PeerNode>(candidates.Count);
        if (preferred is not null && candidates.Contains(preferred))
        {
            ordered.Add(preferred);
        }

        foreach (var candidate in candidates)
        {
            if (candidate != preferred)
            {
                ordered.Add(candidate);
            }
        }

        if (ordered.Count > MaxCandidates)
        {
            throw new InvalidOperationException($"endorsement planning supports at most {MaxCandidates} candidate peers");
        }

        var identities = new List<X509Identity>(ordered.Count);
        foreach (var mask in SubsetOrder.For(ordered.Count))
        {
            identities.Clear();
            for (var i = 0; i < ordered.Count; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    identities.Add(ordered[i].Identity.Identity);
                }
            }

            if (SatisfiesAll(policies, identities, membership))
            {
                var chosen = new List<PeerNode>(identities.Count);
                for (var i = 0; i < ordered.Count; i++)
                {
                    if ((mask & (1 << i)) != 0)
                    {
                        chosen.Add(ordered[i]);
                    }
                }

                return chosen;
            }
        }

        return null;
    }

    private static bool SatisfiesAll(IReadOnlyList<SignaturePolicyEnvelope> policies, List<X509Identity> identities, Membership membership)
    {
        foreach (var policy in policies)
        {
            if (!SignaturePolicyEvaluator.IsSatisfied<X509Identity>(policy, identities, membership.Satisfies))
            {
                return false;
            }
        }

        return true;
    }
}
