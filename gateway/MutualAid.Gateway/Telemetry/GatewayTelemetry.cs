using System.Diagnostics;
using System.Diagnostics.Metrics;
using MutualAid.Gateway.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MutualAid.Gateway.Telemetry;

/// <summary>
/// The gateway's OpenTelemetry: its own activity source and meter (<c>MutualAid.Gateway</c>), ASP.NET Core's and
/// Fabric.Client's, exported to the console by default and over OTLP when an endpoint is configured.
/// </summary>
public static class GatewayTelemetry
{
    /// <summary>The name of the gateway's activity source and meter.</summary>
    public const string Name = "MutualAid.Gateway";

    /// <summary>The gateway's activity source.</summary>
    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Chaincode calls by function and outcome.</summary>
    public static readonly Counter<long> Calls = Meter.CreateCounter<long>("mutualaid.gateway.calls", description: "chaincode calls by function and outcome");

    /// <summary>Transactions a write took, MVCC re-runs included.</summary>
    public static readonly Histogram<int> Attempts = Meter.CreateHistogram<int>("mutualaid.gateway.attempts", description: "transactions per write");

    /// <summary>Writes answered from the idempotency store.</summary>
    public static readonly Counter<long> Replays = Meter.CreateCounter<long>("mutualaid.gateway.idempotent_replays");

    /// <summary>Adds tracing and metrics to <paramref name="services"/> as <paramref name="settings"/> say.</summary>
    public static void Add(IServiceCollection services, TelemetrySettings settings, string organization)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Console && settings.OtlpEndpoint is null)
        {
            return;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(Name, serviceInstanceId: organization))
            .WithTracing(tracing =>
            {
                tracing.AddSource(Name, "Fabric.Client").AddAspNetCoreInstrumentation();
                if (settings.Console)
                {
                    tracing.AddConsoleExporter();
                }

                if (settings.OtlpEndpoint is { } endpoint)
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = new Uri(endpoint));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Name, "Fabric.Client").AddAspNetCoreInstrumentation();
                if (settings.Console)
                {
                    metrics.AddConsoleExporter();
                }

                if (settings.OtlpEndpoint is { } endpoint)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = new Uri(endpoint));
                }
            });
    }
}
