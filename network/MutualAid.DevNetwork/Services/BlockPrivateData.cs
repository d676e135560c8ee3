using Fabric.Msp.Identities;
using Fabric.Protos.Ledger.Rwset;
using MutualAid.DevNetwork.Access;
using MutualAid.DevNetwork.Channels;
using MutualAid.DevNetwork.Policies;

namespace MutualAid.DevNetwork.Services;

/// <summary>
/// The private data Deliver sends with a block, as a Fabric peer selects it: the write sets the
/// serving peer's own store holds for the block's transactions (so a peer outside a collection sends
/// none, and purged or expired data is gone), keeping only the collections the requester may read.
/// </summary>
internal static class BlockPrivateData
{
    /// <summary>The private write sets by transaction index in the block.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="blockNumber">The block.</param>
    /// <param name="peerMspId">The organization of the peer the request arrived on.</param>
    /// <param name="requester">The signer of the SeekInfo envelope.</param>
    /// <param name="membership">Matches the requester against collection member policies.</param>
    public static Dictionary<ulong, TxPvtReadWriteSet> For(ChannelContext channel, ulong blockNumber, string peerMspId, X509Identity requester, Membership membership)
    {
        var map = new Dictionary<ulong, TxPvtReadWriteSet>();
        foreach (var set in channel.PrivateData?.WriteSetsFor(peerMspId)?.ForBlock(blockNumber) ?? [])
        {
            var definition = channel.FindChaincode(set.Namespace)?.Collections.GetValueOrDefault(set.Collection);

            // As Fabric: a collection without memberOnlyRead is readable by any channel reader; otherwise the requester must satisfy its member policy.
            if (definition is null
                || (definition.MemberOnlyRead && !SignaturePolicyEvaluator.IsSatisfied(definition.MemberPolicy, [requester], membership.Satisfies)))
            {
                continue;
            }

            if (!map.TryGetValue(set.Version.TxNum, out var transaction))
            {
                map[set.Version.TxNum] = transaction = new TxPvtReadWriteSet { DataModel = TxReadWriteSet.Types.DataModel.Kv };
            }

            // Sets come in the transaction's namespace order, so a namespace continues the last one or starts a new one.
            var ns = transaction.NsPvtRwset.Count > 0 && transaction.NsPvtRwset[^1].Namespace == set.Namespace
                ? transaction.NsPvtRwset[^1]
                : null;
            if (ns is null)
            {
                ns = new NsPvtReadWriteSet { Namespace = set.Namespace };
                transaction.NsPvtRwset.Add(ns);
            }

            ns.CollectionPvtRwset.Add(new CollectionPvtReadWriteSet { CollectionName = set.Collection, Rwset = set.Rwset });
        }

        return map;
    }
}
