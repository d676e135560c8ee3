using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The DeclareCampaign message. Amounts are in the pool's currency.</summary>
public sealed record DeclareCampaignRequest
{
    public required string CampaignId { get; init; }
    public required string PoolId { get; init; }
    public required TriggerEvidence Trigger { get; init; }
    public required Money Budget { get; init; }
    public required Money EntitlementPerBeneficiary { get; init; }
    public required string WindowId { get; init; }

    /// <summary>SHA-256 of the window's secret salt; must match the window's commitment when it exists.</summary>
    public required string SaltCommitment { get; init; }

    public required DedupMode DedupMode { get; init; }
    public required Money FastPathCapPerCoordinator { get; init; }
    public required Money FastPathCapPerCampaign { get; init; }
    public required int ReviewWindowDays { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
}

/// <summary>
/// Declares a disaster-relief campaign on a disaster-relief pool, by a coordinator of an active organization of the
/// pool. The trigger evidence is on the ledger before any payment. The first campaign of a dedup window records the
/// window's salt commitment; later ones must present the same (SALT_COMMITMENT_MISMATCH).
/// </summary>
public sealed class DeclareCampaignHandler : Handler<DeclareCampaignRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Coordinator];
    protected override JsonTypeInfo<DeclareCampaignRequest> RequestType => DomainJsonContext.Default.DeclareCampaignRequest;

    protected override object Handle(TxScope tx, DeclareCampaignRequest r)
    {
        Check.PoolId(r.CampaignId);
        Check.Token(r.WindowId, "windowId", 40);
        Check.Hash(r.SaltCommitment, "saltCommitment");
        Check.Hash(r.Trigger.EvidenceHash, "trigger.evidenceHash");
        Check.Token(r.Trigger.Region, "trigger.region", 40);
        var pool = new PoolKeeper(tx).Get(r.PoolId);
        Access.RequireParticipant(tx, pool);
        var currency = pool.Parameters.Currency;
        foreach (var (money, field) in new[] { (r.Budget, "budget"), (r.EntitlementPerBeneficiary, "entitlementPerBeneficiary"),
                     (r.FastPathCapPerCoordinator, "fastPathCapPerCoordinator"), (r.FastPathCapPerCampaign, "fastPathCapPerCampaign") })
        {
            Check.Amount(money, currency, field);
        }

        Require(pool.Type == PoolType.DisasterRelief, $"pool {pool.PoolId} is not a disaster-relief pool");
        Require(r.Trigger.From <= r.Trigger.To, "the trigger window must not end before it starts");
        Require(r.EntitlementPerBeneficiary.Amount <= r.Budget.Amount && r.FastPathCapPerCampaign.Amount <= r.Budget.Amount
            && r.FastPathCapPerCoordinator.Amount <= r.FastPathCapPerCampaign.Amount, "entitlement and fast-path caps must fit in the budget, per coordinator within per campaign");
        Require(r.ReviewWindowDays is >= 1 and <= 365 && r.EndsAt > tx.Now && r.EndsAt <= tx.Now.AddDays(PoolRules.MaxDays),
            "reviewWindowDays must be 1-365 and endsAt in the future");
        Require(Enum.IsDefined(r.DedupMode), "dedupMode must be Blocking or Advisory");
        var campaigns = new CampaignKeeper(tx);
        TxScope.Require(!campaigns.Exists(r.CampaignId), ErrorCodes.CampaignAlreadyExists, $"campaign {r.CampaignId} already exists");
        var window = campaigns.FindWindow(r.WindowId);
        TxScope.Require(window is null || window.SaltCommitment == r.SaltCommitment, ErrorCodes.SaltCommitmentMismatch,
            $"window {r.WindowId} was declared with another salt commitment");
        DedupWindow? created = null;
        if (window is null)
        {
            created = new DedupWindow { WindowId = r.WindowId, SaltCommitment = r.SaltCommitment, DeclaredBy = tx.Caller.MspId, DeclaredAt = tx.Now };
            campaigns.PutWindow(created);
        }

        var campaign = new Campaign
        {
            CampaignId = r.CampaignId, PoolId = pool.PoolId, CoordinatorOrg = tx.Caller.MspId, Currency = currency, Trigger = r.Trigger,
            Budget = r.Budget.Amount, EntitlementPerBeneficiary = r.EntitlementPerBeneficiary.Amount, WindowId = r.WindowId, DedupMode = r.DedupMode,
            FastPathCapPerCoordinator = r.FastPathCapPerCoordinator.Amount, FastPathCapPerCampaign = r.FastPathCapPerCampaign.Amount,
            ReviewWindowDays = r.ReviewWindowDays, DeclaredAt = tx.Now, EndsAt = r.EndsAt, Status = CampaignStatus.Open,
        };
        campaigns.Put(campaign);
        var outflows = new CampaignOutflows { CampaignId = campaign.CampaignId, Sequence = 0, Disbursed = 0, FastPath = 0 };
        campaigns.PutOutflows(outflows);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.CampaignDeclared, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = pool.PoolId,
            Campaign = campaign, Window = created, CampaignOutflows = outflows,
        });
        return campaign;
    }

    private static void Require(bool condition, string detail)
    {
        if (!condition)
        {
            throw new DomainException(ErrorCodes.InvalidCampaign, detail);
        }
    }
}
