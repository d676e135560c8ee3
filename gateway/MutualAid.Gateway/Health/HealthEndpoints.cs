using Fabric.Client;
using Fabric.Client.Errors;
using MutualAid.Gateway.Invocation;
using MutualAid.Gateway.Telemetry;

namespace MutualAid.Gateway.Health;

/// <summary>
/// <c>/healthz</c>: the process answers (liveness), whatever Fabric does. <c>/readyz</c>: the peer is reachable and
/// the chaincode answers (an evaluation of <c>GetPool</c> for a pool that does not exist must come back, even as the
/// chaincode's 404); otherwise 503 with <c>{status, check, code, reason}</c>, <c>check</c> one of
/// <see cref="ReadinessCheck"/>'s names.
/// </summary>
public static class HealthEndpoints
{
    private const string ProbePool = "readiness-probe";

    /// <summary>How long the probe waits for the evaluation; a peer that hangs is not ready either.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

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
            return NotReady(logger, ReadinessCheck.Wallet, GatewayErrorCodes.FabricUnavailable, "the wallet holds no identity");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await fabric.ContractFor(identity).EvaluateAsync("GetPool", ProposalOptions.FromArguments($$"""{"poolId":"{{ProbePool}}"}"""), timeout.Token)
                .ConfigureAwait(false);
            return Ready();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return NotReady(logger, ReadinessCheck.Peer, GatewayErrorCodes.FabricUnavailable, $"no answer within {ProbeTimeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (FailureMapper.From(ex) is { } failure)
        {
            // A final answer (the chaincode's 404) proves both the peer and the chaincode.
            return failure.IsFinal ? Ready() : NotReady(logger, FailedCheck(ex), failure.Code, failure.Detail);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return NotReady(logger, ReadinessCheck.Peer, GatewayErrorCodes.FabricUnavailable, ex.Message);
        }
    }

    /// <summary>
    /// A transport failure without per-node details (or a local open circuit) means the peer did not answer; a
    /// peer that answered with details about the execution means the chaincode did not.
    /// </summary>
    private static string FailedCheck(Exception exception) => exception is GatewayException gateway
        && (gateway.IsCircuitOpen || (gateway.IsTransient && gateway.Details.Count == 0))
        ? ReadinessCheck.Peer
        : ReadinessCheck.Chaincode;

    private static IResult Ready() => Results.Json(new { status = "ready" });

    private static IResult NotReady(ILogger logger, string check, string code, string reason)
    {
        GatewayLog.NotReady(logger, $"{check}: {code}: {reason}");
        return Results.Json(new { status = "not ready", check, code, reason }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
