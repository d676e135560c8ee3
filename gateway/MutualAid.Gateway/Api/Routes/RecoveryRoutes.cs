using MutualAid.Domain.Model;
using MutualAid.Domain.Queries;
using static MutualAid.Gateway.Api.RouteBuilder;

namespace MutualAid.Gateway.Api.Routes;

/// <summary>Recoveries of paid claims, and cost-sharing periods with their recomputable reports.</summary>
internal static class RecoveryRoutes
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    public static IEnumerable<FunctionRoute> All { get; } =
    [
        Write<Recovery>("Recoveries", "/claims/{claimId}/recoveries", "OpenClaimRecovery", "Opens the recovery of an overpaid claim.", [Roles.Assessor, Roles.Delegate],
            $$"""{"amount":{"amount":5000,"currency":"EUR"},"reasonCode":"OVERPAID","evidenceRef":"{{Hash}}"}""") with { SuccessStatus = 201 },
        Read<Recovery>("Recoveries", "/recoveries/{recoveryId}", "GetRecovery", "The recovery and what was repaid."),
        Write<Recovery>("Recoveries", "/recoveries/{recoveryId}/repayments", "RepayRecovery", "Records a repayment.", [Roles.Caseworker, Roles.Coordinator],
            """{"amount":{"amount":5000,"currency":"EUR"},"paymentReference":"RP-0001"}""") with { SuccessStatus = 201 },
        Write<SharingPeriod>("CostSharing", "/pools/{poolId}/sharing-periods", "CloseSharingPeriod", "Closes the pool's current cost-sharing period.", Roles.AnyOperator) with { SuccessStatus = 201 },
        Read<PeriodRecomputation>("CostSharing", "/pools/{poolId}/sharing-periods/{periodSeq:int}", "RecomputePeriod", "The period beside its result recomputed from its stored inputs."),
    ];
}
