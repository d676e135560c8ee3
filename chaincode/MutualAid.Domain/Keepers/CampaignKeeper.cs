using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Keepers;

/// <summary>
/// Owns a campaign's account: <c>campaign</c>, <c>campaign~outflows</c>, <c>campaign~entry</c>, <c>campaign~fastpath</c>
/// and <c>relief~window</c>. Entries are only added; balances are sums of entries.
/// </summary>
public sealed class CampaignKeeper(TxScope tx)
{
    private static readonly DomainJsonContext Ctx = DomainJsonContext.Default;
    private int _seq;

    /// <summary>The campaign, or CAMPAIGN_NOT_FOUND.</summary>
    public Campaign Get(string campaignId)
        => tx.Get(Keys.Campaign(campaignId), Ctx.Campaign) ?? throw new DomainException(ErrorCodes.CampaignNotFound, $"campaign {campaignId} does not exist");

    public bool Exists(string campaignId) => tx.Exists(Keys.Campaign(campaignId));

    public void Put(Campaign campaign) => tx.Put(Keys.Campaign(campaign.CampaignId), campaign, Ctx.Campaign);

    public DedupWindow? FindWindow(string windowId) => tx.Get(Keys.Window(windowId), Ctx.DedupWindow);

    public void PutWindow(DedupWindow window) => tx.Put(Keys.Window(window.WindowId), window, Ctx.DedupWindow);

    /// <summary>Reads the outflow lock; every disbursement must read it.</summary>
    public CampaignOutflows GetOutflows(string campaignId)
        => tx.Get(Keys.CampaignOutflows(campaignId), Ctx.CampaignOutflows) ?? throw new InvalidOperationException($"campaign {campaignId} has no outflow record");

    public void PutOutflows(CampaignOutflows outflows) => tx.Put(Keys.CampaignOutflows(outflows.CampaignId), outflows, Ctx.CampaignOutflows);

    public FastPathUsage? FindUsage(string campaignId, string coordinatorRef) => tx.Get(Keys.FastPath(campaignId, coordinatorRef), Ctx.FastPathUsage);

    public void PutUsage(FastPathUsage usage) => tx.Put(Keys.FastPath(usage.CampaignId, usage.CoordinatorRef), usage, Ctx.FastPathUsage);

    /// <summary>Stages a new entry of this transaction.</summary>
    public ReliefEntry Add(Campaign campaign, ReliefEntryKind kind, long amount, string? paymentId = null, string? beneficiaryHash = null,
        string? recoveryId = null, string? paymentReference = null, string? destinationHash = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var entry = new ReliefEntry
        {
            CampaignId = campaign.CampaignId, TxId = tx.Context.TxId, Seq = _seq++, Kind = kind, Amount = new Money(amount, campaign.Currency),
            PaymentId = paymentId, BeneficiaryHash = beneficiaryHash, RecoveryId = recoveryId, PaymentReference = paymentReference,
            DestinationHash = destinationHash, At = tx.Now,
        };
        tx.Put(Keys.CampaignEntry(entry), entry, Ctx.ReliefEntry);
        return entry;
    }

    /// <summary>Every committed entry of the campaign, in key order.</summary>
    public IEnumerable<ReliefEntry> Entries(string campaignId)
        => tx.Scan(Keys.CampaignEntryType, campaignId).Select(kv => CanonicalJson.Deserialize(kv.Value.Span, Ctx.ReliefEntry));

    /// <summary>funding + recoveries − disbursements, over committed entries.</summary>
    public static long Balance(IEnumerable<ReliefEntry> entries) => entries.Aggregate(0L, (b, e) => checked(b + e.SignedAmount));
}
