using System.Diagnostics;
using Fabric.Client;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Idempotency;
using MutualAid.Gateway.Invocation;
using MutualAid.Gateway.Security;
using MutualAid.Gateway.Telemetry;

namespace MutualAid.Gateway.Api;

/// <summary>
/// Answers a request to any <see cref="FunctionRoute"/>: authorizes the caller at the edge, reads and validates the
/// call, then evaluates a read or submits a write through the idempotency store, as the caller's wallet identity.
/// </summary>
public sealed class FunctionHandler(FabricConnection fabric, IdempotencyStore idempotency, GatewayRuntime runtime, ILogger<FunctionHandler> logger)
{
    /// <summary>The header every write must carry.</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>Handles one request to <paramref name="route"/>.</summary>
    public async Task HandleAsync(HttpContext context, FunctionRoute route)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(route);
        var caller = Caller.Of(context);
        using var activity = GatewayTelemetry.Source.StartActivity("mutualaid.gateway." + route.Function);
        activity?.SetTag("mutualaid.function", route.Function);
        activity?.SetTag("mutualaid.caller", caller.Identity);
        if (EdgeAuthorization.Check(route, caller) is { } forbidden)
        {
            await Problems.From(context, forbidden).WriteAsync(context).ConfigureAwait(false);
            return;
        }

        string? key = null;
        if (route.IsWrite)
        {
            key = context.Request.Headers[IdempotencyHeader].ToString();
            if (key.Length is 0 or > 200 || key.Any(char.IsControl))
            {
                await Problems.Create(context, 400, GatewayErrorCodes.IdempotencyKeyRequired,
                    $"every write needs an {IdempotencyHeader} header of 1-200 printable characters", null).WriteAsync(context).ConfigureAwait(false);
                return;
            }
        }

        var (call, invalid) = await RequestReader.ReadAsync(context, route, runtime.Settings.MaxRequestBodyBytes).ConfigureAwait(false);
        if (invalid is not null)
        {
            await Problems.From(context, invalid).WriteAsync(context).ConfigureAwait(false);
            return;
        }

        var identity = caller.Wallet;
        if (!route.IsWrite)
        {
            await EvaluateAsync(context, identity, call!).ConfigureAwait(false);
            return;
        }

        // The chaincode also runs the write at most once per request id: a retry after a lost answer returns the first result.
        var submitted = call! with { Json = ChaincodeRequestId.Attach(call.Json, ChaincodeRequestId.For(caller.Identity, key!)) };
        var outcome = await idempotency.ExecuteAsync(caller.Identity, key!, call.Fingerprint(),
            () => SubmitAsync(context, route, identity, submitted)).ConfigureAwait(false);
        if (outcome.KeyReused)
        {
            await Problems.Create(context, 422, GatewayErrorCodes.IdempotencyKeyReused,
                $"the {IdempotencyHeader} was already used with a different request", null).WriteAsync(context).ConfigureAwait(false);
            return;
        }

        if (outcome.Replayed)
        {
            GatewayLog.Replayed(logger, route.Function, caller.Identity);
            GatewayTelemetry.Replays.Add(1);
        }

        await outcome.Response!.WriteAsync(context, outcome.Replayed).ConfigureAwait(false);
    }

    /// <summary>Evaluates the read and answers it: the chaincode's JSON as it came (UTF-8, never decoded here), or a problem.</summary>
    private async Task EvaluateAsync(HttpContext context, WalletIdentity identity, CallArguments call)
    {
        byte[] result;
        try
        {
            result = await fabric.ContractFor(identity)
                .EvaluateAsync(call.Function, ProposalOptions.FromArguments(call.Json), context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (FailureMapper.From(ex) is { } failure)
        {
            await Fail(context, call.Function, identity.Label, failure).WriteAsync(context).ConfigureAwait(false);
            return;
        }

        Count(call.Function, "ok");
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ApiResponse.Json;
        context.Response.ContentLength = result.Length;
        await context.Response.Body.WriteAsync(result, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task<(ApiResponse Response, bool IsFinal)> SubmitAsync(HttpContext context, FunctionRoute route, WalletIdentity identity, CallArguments call)
    {
        var options = ProposalOptions.FromArguments(call.Json);
        foreach (var (name, value) in call.Transient)
        {
            options.WithTransient(name, value);
        }

        try
        {
            // A submission is not cancelled when the client goes away: its outcome must be known to answer the retry.
            var result = await fabric.ContractFor(identity).SubmitAsync(call.Function, options,
                new SubmitOptions { RetryOnMvccConflict = route.RetryOnConflict ? runtime.Settings.MaxConflictRetries : 0 },
                runtime.Stopping).ConfigureAwait(false);
            GatewayLog.Committed(logger, call.Function, identity.Label, result.TransactionId, result.BlockNumber, result.Attempts);
            Count(call.Function, "ok");
            GatewayTelemetry.Attempts.Record(result.Attempts);
            Activity.Current?.SetTag("fabric.tx_id", result.TransactionId);
            var body = WriteReceipt.Serialize(result);
            return (new ApiResponse(route.SuccessStatus, ApiResponse.Json, body, result.TransactionId, result.Attempts), true);
        }
        catch (Exception ex) when (FailureMapper.From(ex) is { } failure)
        {
            return (Fail(context, call.Function, identity.Label, failure), failure.IsFinal);
        }
    }

    private ApiResponse Fail(HttpContext context, string function, string identity, InvocationFailure failure)
    {
        Count(function, failure.Code);
        if (failure.IsFinal)
        {
            GatewayLog.Refused(logger, function, identity, failure.Status, failure.Code);
        }
        else
        {
            GatewayLog.Failed(logger, function, identity, failure.Status, failure.Code, failure.TransactionId);
        }

        return Problems.From(context, failure);
    }

    private static void Count(string function, string outcome) =>
        GatewayTelemetry.Calls.Add(1, new KeyValuePair<string, object?>("function", function), new KeyValuePair<string, object?>("outcome", outcome));
}
