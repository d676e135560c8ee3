using MutualAid.Domain.Model;
using MutualAid.Domain.Queries;
using static MutualAid.Gateway.Api.RouteBuilder;

namespace MutualAid.Gateway.Api.Routes;

/// <summary>Pools: creation, state, statements, service times, capital and governance history.</summary>
internal static class PoolRoutes
{
    private const string Resource = "Pools";

    private const string CreateExample = """
        {"poolId":"health-2025","type":"HealthMutualAid",
         "organizations":[{"mspId":"InsurerMSP","kind":"Insurer"},{"mspId":"NgoMSP","kind":"Ngo"}],
         "parameters":{"currency":"EUR","waitingPeriodDays":0,"filingDeadlineDays":30,"maxBenefitPerClaim":500000,
           "maxBenefitPerMemberLifetime":1000000,"managementFeeBps":100,"reserveRatioBps":0,"endorsementThreshold":1,
           "noticeWindowDays":0,"redemptionWindowDays":30,"maxClaimAttemptsPerMember":3,"reviewWindowDays":60,
           "appealWindowDays":14,"appealVotingDays":7,"jurorMinMembershipDays":30,"juryQuorum":3,"juryUpholdThresholdBps":5000,
           "juryExtensionHours":24,"proposalVotingDays":7,"proposalQuorumBps":5000,"proposalMajorityBps":5000,
           "qualifiedMajorityBps":6667,"timelockDays":2,"maxActiveMembers":1000000,"maxUnfundedApprovals":1000000000,"maxOffsetBps":5000},
         "openingBalance":0}
        """;

    public static IEnumerable<FunctionRoute> All { get; } =
    [
        Write<Pool>(Resource, "/pools", "CreatePool", "Creates a pool; every pool parameter must be stated.", [Roles.Delegate], CreateExample) with { SuccessStatus = 201 },
        Read<Pool>(Resource, "/pools/{poolId}", "GetPool", "The pool's record: parameters, organizations, balances."),
        Read<PoolStatement>(Resource, "/pools/{poolId}/statement", "GetPoolStatement", "The pool's statement: every ledger entry and the totals."),
        Read<ServiceTimeReport>(Resource, "/pools/{poolId}/service-times", "GetServiceTimes", "How long claims spent in each stage."),
        Read<GovernanceHistory>(Resource, "/pools/{poolId}/governance", "GetGovernanceHistory", "The pool's proposals and parameter versions."),
        Write<LedgerEntry>(Resource, "/pools/{poolId}/capital-withdrawals", "WithdrawCapital", "Withdraws capital from the pool.", [Roles.Delegate],
            """{"amount":{"amount":10000,"currency":"EUR"},"paymentReference":"WD-0001"}"""),
    ];
}
