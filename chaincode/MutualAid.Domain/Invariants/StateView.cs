using System.Text;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.State;

namespace MutualAid.Domain.Invariants;

/// <summary>A snapshot decoded by key type, so invariants can be written as plain queries.</summary>
public sealed partial class StateView
{
    /// <summary>Decodes <paramref name="snapshot"/>.</summary>
    public StateView(LedgerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (var kv in snapshot.State)
        {
            var (type, attributes) = CompositeKey.Split(kv.Key);
            var span = kv.Value.Span;
            switch (type)
            {
                case Keys.PoolType: Pools[attributes[0]] = CanonicalJson.Deserialize(span, DomainJsonContext.Default.Pool); break;
                case Keys.PoolOutflowsType: Outflows[attributes[0]] = CanonicalJson.Deserialize(span, DomainJsonContext.Default.PoolOutflows); break;
                case Keys.PoolEntryType: Entries.Add(CanonicalJson.Deserialize(span, DomainJsonContext.Default.LedgerEntry)); break;
                case Keys.MemberEntryType: MemberEntries.Add(CanonicalJson.Deserialize(span, DomainJsonContext.Default.LedgerEntry)); break;
                case Keys.MemberType: Members[attributes[0]] = CanonicalJson.Deserialize(span, DomainJsonContext.Default.Member); break;
                case Keys.ClaimType: Claims[attributes[0]] = CanonicalJson.Deserialize(span, DomainJsonContext.Default.Claim); break;
                case Keys.PaymentRefType: PaymentRefs[(attributes[0], attributes[1])] = Encoding.UTF8.GetString(span); break;
                case Keys.ClaimStatusType: StatusIndex.Add((attributes[0], attributes[1], attributes[2])); break;
                default: DecodeRecords(type, attributes, span); break;
            }

            Raw[kv.Key] = kv.Value;
        }
    }

    public Dictionary<string, Pool> Pools { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, PoolOutflows> Outflows { get; } = new(StringComparer.Ordinal);
    public List<LedgerEntry> Entries { get; } = [];
    public List<LedgerEntry> MemberEntries { get; } = [];
    public Dictionary<string, Member> Members { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Claim> Claims { get; } = new(StringComparer.Ordinal);

    /// <summary>(namespace, reference) → key of the entry that used it.</summary>
    public Dictionary<(string Namespace, string Reference), string> PaymentRefs { get; } = [];

    /// <summary>(pool, status, claim) triples of the status index.</summary>
    public HashSet<(string PoolId, string Status, string ClaimId)> StatusIndex { get; } = [];

    /// <summary>Every key and its raw value.</summary>
    public Dictionary<string, ReadOnlyMemory<byte>> Raw { get; } = new(StringComparer.Ordinal);

    /// <summary>The totals of a pool's entries.</summary>
    public AccountTotals Totals(string poolId) => AccountKeeper.Sum(Entries.Where(e => e.PoolId == poolId));
}
