using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Handlers;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Queries;

/// <summary>A campaign's public report: budget, money in and out, fast-path use, dedup flags, the review queue and recoveries.</summary>
public sealed record CampaignReport
{
    public required Campaign Campaign { get; init; }
    public required long Funded { get; init; }
    public required long Disbursed { get; init; }
    public required long Recovered { get; init; }
    public required long Balance { get; init; }
    public required long BudgetRemaining { get; init; }
    public required long FastPathDisbursed { get; init; }
    public required int Payments { get; init; }
    public required int Beneficiaries { get; init; }
    public required int DuplicatesFlagged { get; init; }
    public required int ReviewsPending { get; init; }
    public required int ReviewsOverdue { get; init; }
    public required int ReviewsPassed { get; init; }
    public required int ReviewsFailed { get; init; }
    public required long RecoveriesOutstanding { get; init; }
}

/// <summary>Returns a campaign's report, computed from its entries and payments.</summary>
public sealed class GetCampaignReportHandler : Handler<CampaignRequest>
{
    public override bool IsWrite => false;
    protected override JsonTypeInfo<CampaignRequest> RequestType => DomainJsonContext.Default.CampaignRequest;

    protected override object Handle(TxScope tx, CampaignRequest request)
    {
        var campaigns = new CampaignKeeper(tx);
        var campaign = campaigns.Get(request.CampaignId);
        var entries = campaigns.Entries(campaign.CampaignId).ToList();
        long Sum(ReliefEntryKind k) => entries.Where(e => e.Kind == k).Aggregate(0L, (s, e) => checked(s + e.Amount.Amount));
        var payments = new BeneficiaryKeeper(tx).Payments(campaign.CampaignId).ToList();
        var recoveries = new RecoveryKeeper(tx);
        var outstanding = payments.Where(p => p.RecoveryId is not null)
            .Aggregate(0L, (s, p) => checked(s + recoveries.Get(p.RecoveryId!).Outstanding));
        return new CampaignReport
        {
            Campaign = campaign, Funded = Sum(ReliefEntryKind.Funding), Disbursed = Sum(ReliefEntryKind.Disbursement),
            Recovered = Sum(ReliefEntryKind.Recovery), Balance = CampaignKeeper.Balance(entries),
            BudgetRemaining = campaign.Budget - Sum(ReliefEntryKind.Disbursement),
            FastPathDisbursed = payments.Where(p => p.FastPath).Aggregate(0L, (s, p) => checked(s + p.Amount.Amount)),
            Payments = payments.Count, Beneficiaries = payments.Select(p => p.BeneficiaryHash).Distinct(StringComparer.Ordinal).Count(),
            DuplicatesFlagged = payments.Count(p => p.Duplicate),
            ReviewsPending = payments.Count(p => p.Review == ReliefReviewStatus.Pending),
            ReviewsOverdue = payments.Count(p => p.Review == ReliefReviewStatus.Pending && p.ReviewDeadline < tx.Now),
            ReviewsPassed = payments.Count(p => p.Review == ReliefReviewStatus.Passed),
            ReviewsFailed = payments.Count(p => p.Review == ReliefReviewStatus.Failed),
            RecoveriesOutstanding = outstanding,
        };
    }
}
