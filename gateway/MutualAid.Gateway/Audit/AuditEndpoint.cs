using System.Globalization;
using Fabric.Msp.Errors;
using MutualAid.Gateway.Api;
using MutualAid.Gateway.Invocation;
using MutualAid.Gateway.Security;

namespace MutualAid.Gateway.Audit;

/// <summary>
/// <c>GET /api/v1/audit/blocks?from=0&amp;to=N</c>: fetches the blocks through Deliver as the caller and checks them
/// independently of the network (<see cref="BlockRangeVerifier"/>); every authenticated caller may ask, the
/// regulator's auditor included. Answers an <see cref="AuditReport"/>; a break is a finding, still a 200.
/// </summary>
public static class AuditEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapAudit(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/audit/blocks", AuditAsync)
            .WithName("AuditBlocks")
            .WithTags("Audit")
            .WithSummary("Verifies blocks from..to: data hashes, hash chain, orderer signatures, creator and endorsement signatures, transaction filters; "
                + "reports transactions whose timestamps do not fit their place in block order.")
            .Produces<AuditReport>(200)
            .ProducesProblem(400)
            .ProducesProblem(503);
    }

    private static async Task AuditAsync(HttpContext context, FabricConnection fabric, OrdererTrust trust, Hosting.GatewaySettings settings)
    {
        var audit = settings.Audit;
        if (!TryParse(context.Request.Query["from"].FirstOrDefault(), 0, out var from)
            || !TryParse(context.Request.Query["to"].FirstOrDefault(), from, out var to)
            || to < from || to - from >= (ulong)audit.MaxBlocks)
        {
            await Problems.Create(context, 400, GatewayErrorCodes.InvalidRequest,
                $"from and to must be block numbers with from <= to and at most {audit.MaxBlocks} blocks", null).WriteAsync(context).ConfigureAwait(false);
            return;
        }

        Fabric.Msp.Validation.MspDefinition? orderer;
        try
        {
            orderer = trust.Definition;
        }
        catch (Exception ex) when (ex is MspException or IOException)
        {
            orderer = null;
        }

        if (orderer is null)
        {
            await Problems.Create(context, 503, GatewayErrorCodes.FabricUnavailable,
                "the orderer organization's MSP (Audit:OrdererMspDirectory) is not configured or cannot be read", null).WriteAsync(context).ConfigureAwait(false);
            return;
        }

        var identity = Caller.Of(context).Wallet;
        var network = fabric.NetworkFor(identity);
        var verifier = new BlockRangeVerifier(orderer, timestampTolerance: audit.TimestampTolerance);
        var anchored = from == 0;
        try
        {
            var read = await BlockRangeReader.ReadAsync(network, from == 0 ? 0 : from - 1, to, audit.EndOfChainWait, block =>
            {
                if (!anchored)
                {
                    anchored = true;
                    verifier.Anchor(block);
                    return true;
                }

                return verifier.Check(block);
            }, context.RequestAborted).ConfigureAwait(false);
            await context.Response.WriteAsJsonAsync(verifier.Report(from, to, read.ReachedEnd && verifier.FirstBreak is null), context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (FailureMapper.From(ex) is { } failure)
        {
            await Problems.From(context, failure).WriteAsync(context).ConfigureAwait(false);
        }
    }

    private static bool TryParse(string? text, ulong fallback, out ulong value)
    {
        if (text is null)
        {
            value = fallback;
            return true;
        }

        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
