using System.Text.Json.Nodes;
using MutualAid.Gateway.Demo;

namespace MutualAid.Gateway.Tests.Support;

/// <summary>A fresh pool of the insurer and the NGO with one enrolled NGO member, created over HTTP.</summary>
internal sealed record TestPool(string PoolId, string MemberId, string JoinDate, ulong Block)
{
    public static async Task<TestPool> CreateAsync(CancellationToken cancellationToken)
    {
        var poolId = "pool-" + Guid.NewGuid().ToString("N")[..10];
        (await GatewayFixture.Client("InsurerMSP", "Delegate").PostAsync("/api/v1/pools", DemoCalls.CreatePool(poolId), null, cancellationToken)).EnsureSuccess();
        var member = (await GatewayFixture.Client("NgoMSP", "Caseworker")
            .PostAsync($"/api/v1/pools/{poolId}/members", DemoCalls.Enroll(poolId, DemoCalls.Hash("iban-" + poolId)), null, cancellationToken)).EnsureSuccess();
        return new TestPool(poolId, Text(member["result"]!, "memberId"), Text(member["result"]!, "joinDate"), member["blockNumber"]!.GetValue<ulong>());
    }

    /// <summary>The pool's statement as the regulator reads it.</summary>
    public async Task<JsonNode> StatementAsync(CancellationToken cancellationToken) =>
        (await GatewayFixture.Client("RegulatorMSP", "Auditor").GetAsync($"/api/v1/pools/{PoolId}/statement", cancellationToken)).EnsureSuccess();

    private static string Text(JsonNode node, string property) => node[property]!.GetValue<string>();
}
