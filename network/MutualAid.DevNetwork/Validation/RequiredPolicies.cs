using Fabric.Protos.Common;
using Fabric.Protos.Ledger.Rwset;
using MutualAid.DevNetwork.Channels;
using MutualAid.DevNetwork.Transactions;

namespace MutualAid.DevNetwork.Validation;

/// <summary>
/// Which endorsement policies a transaction must satisfy, with Fabric's state-based rules: a written
/// key that carries a key-level policy (metadata <c>VALIDATION_PARAMETER</c>) needs that policy; any
/// other written key needs its chaincode's policy; the invoked chaincode's policy applies even when
/// the transaction writes nothing.
/// </summary>
public static class RequiredPolicies
{
    /// <summary>The metadata entry that holds a key-level endorsement policy.</summary>
    public const string ValidationParameter = "VALIDATION_PARAMETER";

    /// <summary>The distinct policies to satisfy; throws nothing, unknown namespaces are reported by null.</summary>
    /// <returns>The policies, or null when a written namespace has no chaincode definition.</returns>
    public static IReadOnlyList<SignaturePolicyEnvelope>? For(TxReadWriteSet rwset, string invokedChaincode, ChannelContext channel) =>
        For(NamespaceSets.Decode(rwset), invokedChaincode, channel);

    /// <summary>As <see cref="For(TxReadWriteSet, string, ChannelContext)"/>, for sets already decoded.</summary>
    public static IReadOnlyList<SignaturePolicyEnvelope>? For(IReadOnlyList<NamespaceSets> namespaces, string invokedChaincode, ChannelContext channel)
    {
        ArgumentNullException.ThrowIfNull(namespaces);
        ArgumentNullException.ThrowIfNull(channel);
        var policies = new List<SignaturePolicyEnvelope>();
        var invokedWrites = false;
        foreach (var ns in namespaces)
        {
            var set = ns.Public;
            var keys = set.Writes.Select(w => w.Key).Concat(set.MetadataWrites.Select(w => w.Key)).Distinct(StringComparer.Ordinal).ToList();
            var writesPrivateData = ns.Collections.Any(c => c.Hashed.HashedWrites.Count > 0);
            if (keys.Count == 0 && !writesPrivateData)
            {
                continue;
            }

            invokedWrites |= ns.Namespace == invokedChaincode;
            var needsChaincodePolicy = writesPrivateData;
            foreach (var key in keys)
            {
                var committed = channel.Ledger.State.Get(ns.Namespace, key);
                if (committed is not null && committed.Metadata.TryGetValue(ValidationParameter, out var parameter))
                {
                    Add(policies, SignaturePolicyEnvelope.Parser.ParseFrom(parameter));
                }
                else
                {
                    needsChaincodePolicy = true;
                }
            }

            if (needsChaincodePolicy)
            {
                var definition = channel.FindChaincode(ns.Namespace);
                if (definition is null)
                {
                    return null;
                }

                Add(policies, definition.EndorsementPolicy);
            }
        }

        if (!invokedWrites)
        {
            var invoked = channel.FindChaincode(invokedChaincode);
            if (invoked is null)
            {
                return null;
            }

            Add(policies, invoked.EndorsementPolicy);
        }

        return policies;
    }

    private static void Add(List<SignaturePolicyEnvelope> policies, SignaturePolicyEnvelope policy)
    {
        if (!policies.Contains(policy))
        {
            policies.Add(policy);
        }
    }
}
