using System.Text;
using System.Threading.Channels;
using Fabric.Client.Events;
using MutualAid.Gateway.Api;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Invocation;
using MutualAid.Gateway.Security;
using MutualAid.Gateway.Telemetry;

namespace MutualAid.Gateway.Events;

/// <summary>
/// <c>GET /api/v1/events?types=ClaimSubmitted,ClaimEndorsed</c>: the chaincode's events as Server-Sent Events, read
/// through Fabric.Client as the caller's identity. Each event's <c>id</c> is <c>&lt;block&gt;:&lt;txid&gt;</c>; a client
/// that reconnects with <c>Last-Event-ID</c> (or <c>?lastEventId=</c>) resumes just after it, so nothing is lost or
/// repeated across disconnections and gateway restarts (the position lives with the client). Without one, the stream
/// starts at <c>?fromBlock=</c>, else at the next block. Comments keep idle connections alive.
/// </summary>
public static class EventStreamEndpoint
{
    /// <summary>Maps the stream.</summary>
    public static void MapEventStream(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/events", StreamAsync)
            .WithName("StreamEvents")
            .WithTags("Events")
            .WithSummary("Chaincode events as Server-Sent Events, resumable with Last-Event-ID.")
            .Produces(200, contentType: "text/event-stream")
            .ProducesProblem(400);
    }

    private static async Task StreamAsync(HttpContext context, FabricConnection fabric, GatewayRuntime runtime, ILogger<FunctionHandler> logger)
    {
        var caller = Caller.Of(context);
        var lastId = context.Request.Headers["Last-Event-ID"].FirstOrDefault() ?? context.Request.Query["lastEventId"].FirstOrDefault();
        var cursor = EventCursor.Parse(lastId);
        ulong? fromBlock = null;
        if ((lastId is not null && cursor is null)
            || (context.Request.Query["fromBlock"].FirstOrDefault() is { } from && !TryParseBlock(from, out fromBlock)))
        {
            await Problems.Create(context, 400, GatewayErrorCodes.InvalidRequest,
                "Last-Event-ID must be <block>:<transaction id> and fromBlock a block number", null).WriteAsync(context).ConfigureAwait(false);
            return;
        }

        var types = (context.Request.Query["types"].FirstOrDefault() ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var options = new EventsOptions { Checkpoint = cursor, StartBlock = fromBlock };
        var identity = caller.Wallet;

        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        await context.Response.WriteAsync(": connected\n\n", context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        var position = lastId ?? fromBlock?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "next block";
        GatewayLog.StreamOpened(logger, caller.Identity, position);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, runtime.Stopping);
        var queue = Channel.CreateBounded<ChaincodeEvent>(256);
        var pump = PumpAsync(fabric.NetworkFor(identity).GetChaincodeEventsAsync(fabric.ChaincodeName, options, stop.Token), queue.Writer, stop.Token);
        var sent = 0;
        try
        {
            Task<bool>? ready = null;
            while (true)
            {
                ready ??= queue.Reader.WaitToReadAsync(stop.Token).AsTask();
                if (await Task.WhenAny(ready, Task.Delay(runtime.Settings.HeartbeatInterval, stop.Token)).ConfigureAwait(false) != ready)
                {
                    await context.Response.WriteAsync(": heartbeat\n\n", stop.Token).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(stop.Token).ConfigureAwait(false);
                    continue;
                }

                var more = await ready.ConfigureAwait(false);
                ready = null;
                if (!more)
                {
                    break;
                }

                while (queue.Reader.TryRead(out var chaincodeEvent))
                {
                    if (types.Count == 0 || types.Contains(chaincodeEvent.EventName))
                    {
                        await context.Response.WriteAsync(Frame(chaincodeEvent), stop.Token).ConfigureAwait(false);
                        sent++;
                    }
                }

                await context.Response.Body.FlushAsync(stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client went away or the gateway stops: the stream ends here, and the client resumes from its last id.
        }
        catch (IOException)
        {
            // The Fabric stream failed for good or the connection broke: the client reconnects with its last id.
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await pump.ConfigureAwait(false);
            GatewayLog.StreamClosed(logger, caller.Identity, sent);
        }
    }

    private static async Task PumpAsync(IAsyncEnumerable<ChaincodeEvent> events, ChannelWriter<ChaincodeEvent> writer, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            await foreach (var chaincodeEvent in events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(chaincodeEvent, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // A failed Fabric stream ends the HTTP stream; the client reconnects with its last id.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = ex;
        }

        writer.TryComplete(failure is null ? null : new IOException("the event stream failed", failure));
    }

    private static string Frame(ChaincodeEvent chaincodeEvent) =>
        new StringBuilder()
            .Append("id: ").Append(EventCursor.Format(chaincodeEvent)).Append('\n')
            .Append("event: ").Append(chaincodeEvent.EventName).Append('\n')
            .Append("data: ").Append(Encoding.UTF8.GetString(chaincodeEvent.Payload).ReplaceLineEndings(string.Empty)).Append("\n\n")
            .ToString();

    private static bool TryParseBlock(string text, out ulong? block)
    {
        var ok = ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value);
        block = ok ? value : null;
        return ok;
    }
}
