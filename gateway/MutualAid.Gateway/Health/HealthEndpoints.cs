using Fabric.Client;
using MutualAid.Gateway.Invocation;
using MutualAid.Gateway.Telemetry;

namespace MutualAid.Gateway.Health;

/// <summary>
/// <c>/healthz</c>: the process answers (liveness). <c>/readyz</c>: the peer is reachable and the chaincode answers
/// (an evaluation of <c>GetPool</c> for a pool that does not exist must come back as the chaincode's 404).
/// </summary>
public static class HealthEndpoints
{
    private const string ProbePool = "readiness-probe";

    /// <summary>Maps both probes (no authentication).</summary>
    public static void MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Json(new { status = "live" })).WithTags("Health").WithSummary("Liveness.");
        endpoints.MapGet("/readyz", ReadyAsync).WithTags("Health").WithSummary("Readiness: peer reachable, chaincode answering.");
    }

    private static async Task<IResult> ReadyAsync(FabricConnection fabric, ILogger<FabricConnection> logger, CancellationToken cancellationToken)
    {
        var identity = fabric.Wallet.Identities.FirstOrDefault();
        if (identity is null)
        {
            return NotReady(logger, "the wallet holds no identity");
        }

        try
        {
            await fabric.ContractFor(identity).EvaluateAsync("GetPool", ProposalOptions.FromArguments($$"""{"poolId":"{{ProbePool}}"}"""), cancellationToken)
                .ConfigureAwait(false);
            return Results.Json(new { status = "ready" });
        }
        catch (Exception ex) when (FailureMapper.From(ex) is { } failure)
        {
            return failure.IsFinal ? Results.Json(new { status = "ready" }) : NotReady(logger, $"{failure.Code}: {failure.Detail}");
        }
    }

    private static IResult NotReady(ILogger logger, string reason)
    {
        GatewayLog.NotReady(logger, reason);
        return Results.Json(new { status = "not ready", reason }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
