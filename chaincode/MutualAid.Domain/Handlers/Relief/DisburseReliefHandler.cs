using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>One payment of a relief batch.</summary>
/// <param name="BeneficiaryHash">The beneficiary, hashed with the window's salt (never an identifier).</param>
/// <param name="Amount">The amount, in the campaign's currency.</param>
/// <param name="PaymentReference">The transfer's reference; each is used once.</param>
/// <param name="DestinationHash">SHA-256 of the wallet or account paid.</param>
public sealed record ReliefPaymentOrder(string BeneficiaryHash, Money Amount, string PaymentReference, string DestinationHash);

/// <summary>The DisburseRelief message: a batch of payments, by the standard path or the fast path.</summary>
public sealed record DisburseReliefRequest
{
    public required string CampaignId { get; init; }

    /// <summary>True: pay at once within the fast-path caps, each payment queued for review. False: only beneficiaries verified by another organization.</summary>
    public required bool FastPath { get; init; }

    public required IReadOnlyList<ReliefPaymentOrder> Payments { get; init; }
}

/// <summary>
/// Pays a batch (1-100) of relief payments, by a coordinator of an active organization of the campaign's pool, while
/// the campaign is open and its pool not paused. Every payment is checked against the budget, the campaign balance,
/// the beneficiary's entitlement and cross-organization, cross-campaign dedup in the window (blocking refuses,
/// advisory pays and flags). The fast path pays unverified beneficiaries within the per-coordinator and per-campaign
/// caps and queues each payment for review by a deadline; it is closed while the campaign has overdue reviews.
/// One failed payment refuses the whole batch.
/// </summary>
public sealed class DisburseReliefHandler : Handler<DisburseReliefRequest>
{
    /// <summary>Most payments per batch.</summary>
    public const int MaxBatch = 100;

    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Coordinator];
    protected override JsonTypeInfo<DisburseReliefRequest> RequestType => DomainJsonContext.Default.DisburseReliefRequest;

    protected override object Handle(TxScope tx, DisburseReliefRequest request)
    {
        Check.Require(request.Payments.Count is >= 1 and <= MaxBatch, $"a batch has 1-{MaxBatch} payments");
        var campaign = new CampaignKeeper(tx).Get(request.CampaignId);
        var pool = new PoolKeeper(tx).Get(campaign.PoolId);
        Access.RequireParticipant(tx, pool);
        Access.RequireNotPaused(pool);
        TxScope.Require(campaign.Status == CampaignStatus.Open && tx.Now <= campaign.EndsAt, ErrorCodes.CampaignClosed,
            $"campaign {campaign.CampaignId} disbursed until {campaign.EndsAt:O}");
        if (request.FastPath)
        {
            var overdue = new BeneficiaryKeeper(tx).PendingReviews(campaign.CampaignId).FirstOrDefault(p => p.ReviewDeadline < tx.Now);
            TxScope.Require(overdue is null, ErrorCodes.FastPathReviewsOverdue,
                $"campaign {campaign.CampaignId} has fast-path payments past their review deadline (first: {overdue?.PaymentId})");
        }

        var payer = new ReliefPayer(tx, campaign, request.FastPath);
        foreach (var order in request.Payments)
        {
            payer.Pay(order);
        }

        return payer.Commit();
    }
}
