using Fabric.Protos.Ledger.KvRwset;
using Fabric.Protos.Peer;
using MutualAid.DevNetwork.Ledger;

namespace MutualAid.DevNetwork.Validation;

/// <summary>
/// Fabric's multi-version concurrency check: every key a transaction read must still have the
/// version it read (absent must still be absent), and every range it scanned must still yield
/// exactly the keys and versions it saw, counting the writes of earlier valid transactions in the
/// same block.
/// </summary>
public sealed class MvccValidator(WorldState state)
{
    /// <summary>VALID, MVCC_READ_CONFLICT or PHANTOM_READ_CONFLICT for one namespace's read set.</summary>
    public TxValidationCode Validate(string ns, KVRWSet rwset, BlockUpdates updates)
    {
        ArgumentNullException.ThrowIfNull(rwset);
        ArgumentNullException.ThrowIfNull(updates);
        foreach (var read in rwset.Reads)
        {
            if (CurrentVersion(ns, read.Key, updates) != KeyVersionProto.FromProto(read.Version))
            {
                return TxValidationCode.MvccReadConflict;
            }
        }

        foreach (var range in rwset.RangeQueriesInfo)
        {
            if (!RangeUnchanged(ns, range, updates))
            {
                return TxValidationCode.PhantomReadConflict;
            }
        }

        return TxValidationCode.Valid;
    }

    /// <summary>VALID or MVCC_READ_CONFLICT for a collection's hashed reads, checked against hashed state.</summary>
    public TxValidationCode ValidateHashed(string hashedNamespace, HashedRWSet rwset, BlockUpdates updates)
    {
        ArgumentNullException.ThrowIfNull(rwset);
        ArgumentNullException.ThrowIfNull(updates);
        foreach (var read in rwset.HashedReads)
        {
            var key = Convert.ToHexStringLower(read.KeyHash.Span);
            if (CurrentVersion(hashedNamespace, key, updates) != KeyVersionProto.FromProto(read.Version))
            {
                return TxValidationCode.MvccReadConflict;
            }
        }

        return TxValidationCode.Valid;
    }

    private KeyVersion? CurrentVersion(string ns, string key, BlockUpdates updates) =>
        updates.TryGet(ns, key, out var version) ? version : state.Get(ns, key)?.Version;

    private bool RangeUnchanged(string ns, RangeQueryInfo range, BlockUpdates updates)
    {
        if (range.ReadsInfoCase != RangeQueryInfo.ReadsInfoOneofCase.RawReads)
        {
            return false; // Merkle summaries are never produced here; refuse what cannot be checked.
        }

        // A scan that stopped early recorded its last key as the end, and that key is included.
        var exclusiveEnd = range.ItrExhausted || range.EndKey.Length == 0 ? range.EndKey : range.EndKey + "\u0000";
        var current = new SortedDictionary<string, KeyVersion>(Utf8KeyComparer.Instance);
        foreach (var (key, value) in state.Range(ns, range.StartKey, exclusiveEnd, int.MaxValue))
        {
            current[key] = value.Version;
        }

        foreach (var (key, version) in updates.KeysIn(ns))
        {
            if (!InRange(key, range.StartKey, exclusiveEnd))
            {
                continue;
            }

            if (version is { } v)
            {
                current[key] = v;
            }
            else
            {
                current.Remove(key);
            }
        }

        var reads = range.RawReads.KvReads;
        if (current.Count != reads.Count)
        {
            return false;
        }

        var i = 0;
        foreach (var (key, version) in current)
        {
            var read = reads[i++];
            if (read.Key != key || KeyVersionProto.FromProto(read.Version) != version)
            {
                return false;
            }
        }

        return true;
    }

    private static bool InRange(string key, string start, string exclusiveEnd) =>
        Utf8KeyComparer.Instance.Compare(key, start) >= 0
        && (exclusiveEnd.Length == 0 || Utf8KeyComparer.Instance.Compare(key, exclusiveEnd) < 0);
}
