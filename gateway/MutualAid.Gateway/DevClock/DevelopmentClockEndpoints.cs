using System.Text.Json;
using System.Xml;
using MutualAid.Gateway.Api;
using MutualAid.Gateway.Invocation;

namespace MutualAid.Gateway.DevClock;

/// <summary>
/// <c>GET /api/v1/dev/clock</c> and <c>POST /api/v1/dev/clock/advance</c> with <c>{"by":"P14D"}</c> (an ISO 8601
/// duration): read and move the embedded default's <see cref="DevelopmentClock"/>, shared by every organization's
/// gateway in the process. Mapped only in the embedded default; a gateway of a real network has no such route
/// (404), and no setting adds one.
/// </summary>
public static class DevelopmentClockEndpoints
{
    private const string UsageText = "the body must be a JSON object with \"by\", an ISO 8601 duration such as \"P14D\"";

    /// <summary>Maps both routes over <paramref name="clock"/>.</summary>
    public static void MapDevelopmentClock(this IEndpointRouteBuilder endpoints, DevelopmentClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        endpoints.MapGet("/api/v1/dev/clock", (HttpContext context) => WriteAsync(context, clock))
            .WithName("GetDevelopmentClock").WithTags("Development clock")
            .WithSummary("Embedded default only: the shared clock's time and how far it runs ahead of the system clock.");
        endpoints.MapPost("/api/v1/dev/clock/advance", (HttpContext context) => AdvanceAsync(context, clock))
            .WithName("AdvanceDevelopmentClock").WithTags("Development clock")
            .WithSummary("Embedded default only: moves the shared clock forward by an ISO 8601 duration, e.g. {\"by\":\"P14DT1H\"}.")
            .ProducesProblem(400);
    }

    private static async Task AdvanceAsync(HttpContext context, DevelopmentClock clock)
    {
        string? refusal = UsageText;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted).ConfigureAwait(false);
            if (body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("by", out var value) && value.ValueKind == JsonValueKind.String)
            {
                clock.TryAdvance(XmlConvert.ToTimeSpan(value.GetString()!), out refusal);
            }
        }
        catch (Exception ex) when (ex is JsonException or FormatException or OverflowException)
        {
            refusal = $"{UsageText} ({ex.Message})";
        }

        if (refusal is not null)
        {
            await Problems.Create(context, 400, GatewayErrorCodes.InvalidRequest, refusal, null).WriteAsync(context).ConfigureAwait(false);
            return;
        }

        await WriteAsync(context, clock).ConfigureAwait(false);
    }

    private static Task WriteAsync(HttpContext context, DevelopmentClock clock) =>
        context.Response.WriteAsJsonAsync(new DevelopmentClockReading(clock.GetUtcNow(), clock.Offset), context.RequestAborted);
}
