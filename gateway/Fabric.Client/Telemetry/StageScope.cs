using System.Diagnostics;
using Fabric.Client.Errors;

namespace Fabric.Client.Telemetry;

/// <summary>The span and timing of one stage; record exactly one outcome, then dispose.</summary>
internal sealed class StageScope : IDisposable
{
    private readonly Stage _stage;
    private readonly TransactionLabels _labels;
    private readonly Activity? _activity;
    private readonly long _started = Stopwatch.GetTimestamp();
    private bool _recorded;

    private StageScope(Stage stage, TransactionLabels labels)
    {
        _stage = stage;
        _labels = labels;
        _activity = FabricClientDiagnostics.ActivitySource.StartActivity("fabric." + StageNames.Tag(stage), ActivityKind.Client);
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag(FabricClientDiagnostics.TransactionIdTag, labels.TransactionId);
            _activity.SetTag(FabricClientDiagnostics.ChannelTag, labels.Channel);
            _activity.SetTag(FabricClientDiagnostics.ChaincodeTag, labels.Chaincode);
            _activity.SetTag(FabricClientDiagnostics.FunctionTag, labels.Function);
        }
    }

    /// <summary>Starts a scope for <paramref name="stage"/>.</summary>
    public static StageScope Start(Stage stage, TransactionLabels labels) => new(stage, labels);

    /// <summary>Records success.</summary>
    public void Succeeded() => Record("ok", null);

    /// <summary>Records a failure, tagging its gRPC status or validation code.</summary>
    public void Failed(Exception exception)
    {
        var outcome = exception switch
        {
            GatewayException gateway => StatusNames.Of(gateway.StatusCode),
            CommitException commit => ValidationCodes.NameOf(commit.Code),
            OperationCanceledException => "CANCELLED",
            _ => exception.GetType().Name,
        };
        Record(outcome, exception);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_recorded)
        {
            Record("CANCELLED", null);
        }

        _activity?.Dispose();
    }

    private void Record(string outcome, Exception? exception)
    {
        if (_recorded)
        {
            return;
        }

        _recorded = true;
        var tags = new TagList
        {
            { FabricClientDiagnostics.StageTag, StageNames.Tag(_stage) },
            { FabricClientDiagnostics.ChannelTag, _labels.Channel },
            { FabricClientDiagnostics.ChaincodeTag, _labels.Chaincode },
            { FabricClientDiagnostics.OutcomeTag, outcome },
        };
        FabricClientDiagnostics.Duration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
        FabricClientDiagnostics.Outcomes.Add(1, tags);
        if (_activity is null)
        {
            return;
        }

        _activity.SetTag(FabricClientDiagnostics.OutcomeTag, outcome);
        if (exception is null)
        {
            _activity.SetStatus(outcome == "ok" ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
        }
        else
        {
            _activity.SetStatus(ActivityStatusCode.Error, exception.Message);
            _activity.AddException(exception);
        }
    }
}
