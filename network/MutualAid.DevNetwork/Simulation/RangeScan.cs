using Fabric.Protos.Ledger.KvRwset;
using MutualAid.DevNetwork.Ledger;

namespace MutualAid.DevNetwork.Simulation;

/// <summary>
/// A range scan over committed state that records what it read, as Fabric does for phantom-read
/// validation: every key pulled from the ledger goes into the raw reads; while the scan is not
/// exhausted its recorded end key is the last key read, so validation re-checks exactly that span.
/// </summary>
public sealed class RangeScan
{
    private const int PageSize = 100;
    private readonly WorldState _state;
    private readonly string _namespace;
    private readonly string _endKey;
    private readonly Queue<KeyValuePair<string, VersionedValue>> _page = new();
    private string _nextStart;
    private bool _ledgerExhausted;

    internal RangeScan(WorldState state, string ns, string startKey, string endKey)
    {
        _state = state;
        _namespace = ns;
        _endKey = endKey;
        _nextStart = startKey;
        Info = new RangeQueryInfo { StartKey = startKey, EndKey = endKey, RawReads = new QueryReads() };
    }

    /// <summary>What the scan read so far, in the form the read/write set records it.</summary>
    public RangeQueryInfo Info { get; }

    /// <summary>True once the scan has read past its last key.</summary>
    public bool Exhausted => Info.ItrExhausted;

    /// <summary>The next key and value in UTF-8 key order, or null at the end of the range.</summary>
    public KeyValuePair<string, VersionedValue>? Next()
    {
        if (Info.ItrExhausted)
        {
            return null;
        }

        if (_page.Count == 0 && !_ledgerExhausted)
        {
            var page = _state.Range(_namespace, _nextStart, _endKey, PageSize);
            foreach (var entry in page)
            {
                _page.Enqueue(entry);
            }

            _ledgerExhausted = page.Count < PageSize;
            if (page.Count > 0)
            {
                // The smallest key after the last one read: the same bytes followed by a zero byte.
                _nextStart = page[^1].Key + "\u0000";
            }
        }

        if (!_page.TryDequeue(out var next))
        {
            Info.ItrExhausted = true;
            Info.EndKey = _endKey;
            return null;
        }

        Info.RawReads.KvReads.Add(new KVRead { Key = next.Key, Version = next.Value.Version.ToProto() });
        Info.EndKey = next.Key;
        return next;
    }
}
