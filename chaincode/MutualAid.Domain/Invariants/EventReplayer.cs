using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;

namespace MutualAid.Domain.Invariants;

/// <summary>
/// Rebuilds every record and balance from the event stream alone, as an off-chain consumer (the gateway, a
/// regulator) would. <see cref="Invariants.EventsRebuildState"/> compares <see cref="Records"/> with the state.
/// </summary>
public sealed class EventReplayer
{
    private static readonly DomainJsonContext Ctx = DomainJsonContext.Default;

    public Dictionary<string, Pool> Pools { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, PoolOutflows> Outflows { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Member> Members { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Claim> Claims { get; } = new(StringComparer.Ordinal);
    public List<LedgerEntry> Entries { get; } = [];
    public List<ReliefEntry> ReliefEntries { get; } = [];

    /// <summary>Every record the events carry, by state key, as canonical bytes (the latest version wins).</summary>
    public Dictionary<string, byte[]> Records { get; } = new(StringComparer.Ordinal);

    /// <summary>The object types whose records the events must rebuild exactly (index keys are excluded).</summary>
    public static IReadOnlySet<string> RecordTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Keys.PoolType, Keys.PoolOutflowsType, Keys.MemberType, Keys.ClaimType, Keys.PoolEntryType, Keys.PoolParamsType,
        Keys.AppealType, Keys.BallotType, Keys.ProposalType, Keys.ProposalVoteType, Keys.RecoveryType, Keys.CampaignType,
        Keys.CampaignOutflowsType, Keys.CampaignEntryType, Keys.FastPathType, Keys.CampaignBeneficiaryType, Keys.WindowType,
        Keys.BeneficiaryType, Keys.DuplicateType, Keys.ReliefPaymentType, Keys.SharingType, Keys.SharingPeriodType,
        Keys.MemberChargeType, Keys.VerificationType,
    };

    /// <summary>Replays <paramref name="events"/> in order.</summary>
    public static EventReplayer Replay(IEnumerable<RecordedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var replayer = new EventReplayer();
        foreach (var e in events)
        {
            replayer.Apply(CanonicalJson.Deserialize(e.Payload.Span, Ctx.DomainEvent));
        }

        return replayer;
    }

    /// <summary>Applies one event: every record it carries replaces the previous version; entries are appended.</summary>
    public void Apply(DomainEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Pool is { } pool)
        {
            Pools[pool.PoolId] = pool;
            Put(Keys.Pool(pool.PoolId), CanonicalJson.Serialize(pool, Ctx.Pool));
        }

        if (e.Outflows is { } o)
        {
            Outflows[o.PoolId] = o;
            Put(Keys.Outflows(o.PoolId), CanonicalJson.Serialize(o, Ctx.PoolOutflows));
        }

        foreach (var m in One(e.Member).Concat(e.Members ?? []))
        {
            Members[m.MemberId] = m;
            Put(Keys.Member(m.MemberId), CanonicalJson.Serialize(m, Ctx.Member));
        }

        foreach (var c in One(e.Claim).Concat(e.Claims ?? []))
        {
            Claims[c.ClaimId] = c;
            Put(Keys.Claim(c.ClaimId), CanonicalJson.Serialize(c, Ctx.Claim));
        }

        foreach (var entry in e.Entries)
        {
            Entries.Add(entry);
            Put(Keys.PoolEntry(entry), CanonicalJson.Serialize(entry, Ctx.LedgerEntry));
        }

        foreach (var entry in e.ReliefEntries ?? [])
        {
            ReliefEntries.Add(entry);
            Put(Keys.CampaignEntry(entry), CanonicalJson.Serialize(entry, Ctx.ReliefEntry));
        }

        ApplyRecords(e);
    }

    private void ApplyRecords(DomainEvent e)
    {
        Put(e.ParameterVersion, v => Keys.PoolParams(v.PoolId, v.Version), Ctx.PoolParameterVersion);
        Put(e.Appeal, a => Keys.Appeal(a.ClaimId), Ctx.Appeal);
        Put(e.Ballot, b => Keys.Ballot(b.ClaimId, b.JurorMemberId), Ctx.JuryBallot);
        Put(e.Proposal, p => Keys.Proposal(p.ProposalId), Ctx.Proposal);
        Put(e.Vote, v => Keys.ProposalVote(v.ProposalId, v.OrgMsp), Ctx.ProposalVote);
        Put(e.Campaign, c => Keys.Campaign(c.CampaignId), Ctx.Campaign);
        Put(e.Window, w => Keys.Window(w.WindowId), Ctx.DedupWindow);
        Put(e.CampaignOutflows, o => Keys.CampaignOutflows(o.CampaignId), Ctx.CampaignOutflows);
        Put(e.SharingCursor, c => Keys.Sharing(c.PoolId), Ctx.SharingCursor);
        Put(e.Period, p => Keys.SharingPeriod(p.PoolId, p.Seq), Ctx.SharingPeriod);
        PutAll(e.Recoveries, r => Keys.Recovery(r.RecoveryId), Ctx.Recovery);
        PutAll(e.ReliefPayments, p => Keys.ReliefPayment(p.PaymentId), Ctx.ReliefPayment);
        PutAll(e.Beneficiaries, b => Keys.Beneficiary(b.WindowId, b.BeneficiaryHash), Ctx.BeneficiaryRecord);
        PutAll(e.CampaignBeneficiaries, b => Keys.CampaignBeneficiary(b.CampaignId, b.BeneficiaryHash), Ctx.CampaignBeneficiary);
        PutAll(e.Duplicates, d => Keys.Duplicate(d.WindowId, d.BeneficiaryHash, d.PaymentId), Ctx.DuplicateFlag);
        PutAll(e.FastPathUsage, f => Keys.FastPath(f.CampaignId, f.CoordinatorRef), Ctx.FastPathUsage);
        PutAll(e.Charges, c => Keys.MemberCharge(c.MemberId, c.PeriodSeq), Ctx.MemberCharge);
        PutAll(e.Verifications, v => Keys.Verification(v.CampaignId, v.BeneficiaryHash), Ctx.BeneficiaryVerification);
    }

    /// <summary>The balance of a pool as the events tell it.</summary>
    public long Balance(string poolId)
        => AccountKeeper.Sum(Entries.Where(x => x.PoolId == poolId)).Balance(Pools[poolId].OpeningBalance);

    private void Put(string key, byte[] bytes) => Records[key] = bytes;

    private void Put<T>(T? record, Func<T, string> key, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) where T : class
    {
        if (record is not null)
        {
            Records[key(record)] = CanonicalJson.Serialize(record, type);
        }
    }

    private void PutAll<T>(IReadOnlyList<T>? records, Func<T, string> key, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) where T : class
    {
        foreach (var record in records ?? [])
        {
            Put(record, key, type);
        }
    }

    private static IEnumerable<T> One<T>(T? value) where T : class => value is null ? [] : [value];
}
