using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Fabric.Client.Errors;
using Fabric.Client.Telemetry;
using Fabric.Client.Tests.Support;
using Grpc.Core;

namespace Fabric.Client.Tests.Telemetry;

internal sealed class TelemetryTests : FakeGatewayFixture
{
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private ActivityListener _activityListener = null!;
    private MeterListener _meterListener = null!;

    [SetUp]
    public void Listen()
    {
        _activities.Clear();
        _measurements.Clear();
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FabricClientDiagnostics.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == FabricClientDiagnostics.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.Start();
    }

    [TearDown]
    public void StopListening()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    [Test]
    public async Task SubmitAsync_Succeeds_EmitsTaggedSpanPerStage()
    {
        var result = await NewContract(contractName: "Assets").SubmitAsync("Create");

        var spans = _activities.ToDictionary(a => a.OperationName);
        Assert.Multiple(() =>
        {
            Assert.That(spans.Keys, Is.EquivalentTo(new[] { "fabric.endorse", "fabric.submit", "fabric.commit_status" }));
            foreach (var span in spans.Values)
            {
                Assert.That(span.GetTagItem(FabricClientDiagnostics.TransactionIdTag), Is.EqualTo(result.TransactionId));
                Assert.That(span.GetTagItem(FabricClientDiagnostics.ChannelTag), Is.EqualTo(ChannelName));
                Assert.That(span.GetTagItem(FabricClientDiagnostics.ChaincodeTag), Is.EqualTo(ChaincodeName));
                Assert.That(span.GetTagItem(FabricClientDiagnostics.FunctionTag), Is.EqualTo("Assets:Create"));
                Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Ok));
                Assert.That(span.Kind, Is.EqualTo(ActivityKind.Client));
            }
        });
    }

    [Test]
    public void EvaluateAsync_Fails_RecordsErrorSpanAndOutcomeMetric()
    {
        Fake.OnEvaluate = (_, _) => throw GatewayErrors.Failure(StatusCode.Unknown, "chaincode response 500");

        Assert.ThrowsAsync<EvaluateException>(() => NewContract().EvaluateAsync("Get"));

        var span = _activities.Single();
        var outcome = _measurements.Single(m => m.Instrument == FabricClientDiagnostics.OutcomeInstrument);
        Assert.Multiple(() =>
        {
            Assert.That(span.OperationName, Is.EqualTo("fabric.evaluate"));
            Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(span.GetTagItem(FabricClientDiagnostics.OutcomeTag), Is.EqualTo("UNKNOWN"));
            Assert.That(outcome.Value, Is.EqualTo(1));
            Assert.That(outcome.Tags[FabricClientDiagnostics.StageTag], Is.EqualTo("evaluate"));
            Assert.That(outcome.Tags[FabricClientDiagnostics.OutcomeTag], Is.EqualTo("UNKNOWN"));
        });
    }

    [Test]
    public async Task EvaluateAsync_Succeeds_RecordsLatencyHistogram()
    {
        await NewContract().EvaluateAsync("Get");

        var duration = _measurements.Single(m => m.Instrument == FabricClientDiagnostics.DurationInstrument);
        Assert.Multiple(() =>
        {
            Assert.That(duration.Value, Is.GreaterThan(0).And.LessThan(10));
            Assert.That(duration.Tags[FabricClientDiagnostics.OutcomeTag], Is.EqualTo("ok"));
            Assert.That(duration.Tags[FabricClientDiagnostics.ChannelTag], Is.EqualTo(ChannelName));
            Assert.That(duration.Tags[FabricClientDiagnostics.ChaincodeTag], Is.EqualTo(ChaincodeName));
        });
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue((instrument.Name, value, copy));
    }
}
