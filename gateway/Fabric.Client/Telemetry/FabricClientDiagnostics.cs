using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Fabric.Client.Telemetry;

/// <summary>
/// The client's tracing and metrics sources, compatible with OpenTelemetry: add the source and meter
/// named <see cref="Name"/> to a tracer and meter provider. Every stage (evaluate, endorse, submit,
/// commit_status, event streams) gets a span named <c>fabric.&lt;stage&gt;</c> tagged with
/// <see cref="TransactionIdTag"/>, <see cref="ChannelTag"/>, <see cref="ChaincodeTag"/> and
/// <see cref="FunctionTag"/>, one <see cref="DurationInstrument"/> measurement and one
/// <see cref="OutcomeInstrument"/> increment.
/// </summary>
public static class FabricClientDiagnostics
{
    /// <summary>The name of the activity source and of the meter: <c>Fabric.Client</c>.</summary>
    public const string Name = "Fabric.Client";

    /// <summary>Span tag: the transaction id.</summary>
    public const string TransactionIdTag = "fabric.tx_id";

    /// <summary>Span and metric tag: the channel.</summary>
    public const string ChannelTag = "fabric.channel";

    /// <summary>Span and metric tag: the chaincode name.</summary>
    public const string ChaincodeTag = "fabric.chaincode";

    /// <summary>Span tag: the transaction function (with its contract prefix, if any).</summary>
    public const string FunctionTag = "fabric.function";

    /// <summary>Metric tag: the stage, e.g. <c>endorse</c>.</summary>
    public const string StageTag = "fabric.stage";

    /// <summary>Span and metric tag: <c>ok</c>, or the gRPC status or validation code of the failure.</summary>
    public const string OutcomeTag = "fabric.outcome";

    /// <summary>Histogram of stage latency in seconds.</summary>
    public const string DurationInstrument = "fabric.client.stage.duration";

    /// <summary>Counter of stage outcomes.</summary>
    public const string OutcomeInstrument = "fabric.client.stage.outcomes";

    private static readonly string? Version = typeof(FabricClientDiagnostics).Assembly.GetName().Version?.ToString();

    /// <summary>The activity source every span of this client comes from.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name, Version);

    /// <summary>The meter every instrument of this client belongs to.</summary>
    public static Meter Meter { get; } = new(Name, Version);

    internal static Histogram<double> Duration { get; } = Meter.CreateHistogram<double>(
        DurationInstrument, "s", "Latency of one client stage (all attempts included).");

    internal static Counter<long> Outcomes { get; } = Meter.CreateCounter<long>(
        OutcomeInstrument, "{call}", "Completed client stages by outcome.");
}
