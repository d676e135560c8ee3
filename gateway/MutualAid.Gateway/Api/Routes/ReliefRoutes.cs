using MutualAid.Domain.Model;
using MutualAid.Domain.Queries;
using static MutualAid.Gateway.Api.RouteBuilder;

namespace MutualAid.Gateway.Api.Routes;

/// <summary>Disaster-relief campaigns: declaration, funding, beneficiaries, disbursement and review.</summary>
internal static class ReliefRoutes
{
    private const string Resource = "Relief";

    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    public static IEnumerable<FunctionRoute> All { get; } =
    [
        Write<Campaign>(Resource, "/campaigns", "DeclareCampaign", "Declares a relief campaign on a pool.", [Roles.Coordinator]) with { SuccessStatus = 201 },
        Read<CampaignReport>(Resource, "/campaigns/{campaignId}", "GetCampaignReport", "The campaign's report: budget, funding, payments."),
        Write<ReliefEntry>(Resource, "/campaigns/{campaignId}/funding", "FundCampaign", "Funds a campaign.", [Roles.Coordinator, Roles.Delegate],
            """{"amount":{"amount":100000,"currency":"EUR"},"paymentReference":"FUND-0001"}""") with { SuccessStatus = 201, RetryOnConflict = true },
        Write<IReadOnlyList<BeneficiaryVerification>>(Resource, "/campaigns/{campaignId}/beneficiaries", "VerifyBeneficiaries", "Verifies beneficiaries by hash.", [Roles.Assessor],
            $$"""{"beneficiaryHashes":["{{Hash}}"],"evidenceRef":"{{Hash}}"}"""),
        Write<IReadOnlyList<ReliefPayment>>(Resource, "/campaigns/{campaignId}/disbursements", "DisburseRelief", "Disburses relief payments.", [Roles.Coordinator]) with { SuccessStatus = 201 },
        Write<Campaign>(Resource, "/campaigns/{campaignId}/close", "CloseCampaign", "Closes a campaign.", Roles.AnyOperator),
        Write<ReliefPayment>(Resource, "/relief-payments/{paymentId}/reviews", "ReviewReliefPayment", "Reviews a fast-path relief payment.", [Roles.Assessor],
            $$"""{"passed":true,"reasonCode":"VERIFIED","evidenceRef":"{{Hash}}"}"""),
    ];
}
