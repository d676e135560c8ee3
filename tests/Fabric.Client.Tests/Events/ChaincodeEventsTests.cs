using Fabric.Client.Events;
using Fabric.Client.Tests.Support;
using Fabric.Msp.Verification;
using Fabric.Protos.Orderer;
using ProtoEventsRequest = Fabric.Protos.GatewayApi.ChaincodeEventsRequest;
using SignedEventsRequest = Fabric.Protos.GatewayApi.SignedChaincodeEventsRequest;

namespace Fabric.Client.Tests.Events;

internal sealed class ChaincodeEventsTests : FakeGatewayFixture
{
    private FakeEventLedger _ledger = null!;

    [SetUp]
    public void ScriptLedger()
    {
        _ledger = new FakeEventLedger()
            .AddBlock(1, (ChaincodeName, "tx1"))
            .AddBlock(2, ("other", "tx2"))
            .AddBlock(3, (ChaincodeName, "tx3a"), (ChaincodeName, "tx3b"))
            .AddBlock(4)
            .AddBlock(5, (ChaincodeName, "tx5"), ("other", "tx5x"), (ChaincodeName, "tx5b"))
            .AddBlock(6, (ChaincodeName, "tx6"));
        Fake.OnChaincodeEvents = _ledger.Serve;
    }

    [Test]
    public void NewChaincodeEventsRequest_WithoutStart_AsksForNextCommitAsCreator()
    {
        var request = NewGateway().GetNetwork(ChannelName).NewChaincodeEventsRequest(ChaincodeName);

        var decoded = ProtoEventsRequest.Parser.ParseFrom(SignedEventsRequest.Parser.ParseFrom(request.Bytes).Request);

        Assert.Multiple(() =>
        {
            Assert.That(decoded.ChannelId, Is.EqualTo(ChannelName));
            Assert.That(decoded.ChaincodeId, Is.EqualTo(ChaincodeName));
            Assert.That(decoded.Identity.ToByteArray(), Is.EqualTo(TestIdentity.Identity.Serialized.ToArray()));
            Assert.That(decoded.StartPosition.TypeCase, Is.EqualTo(SeekPosition.TypeOneofCase.NextCommit));
            Assert.That(decoded.AfterTransactionId, Is.Empty);
        });
    }

    [Test]
    public async Task GetChaincodeEventsAsync_FromStartBlock_StreamsSignedRequestFromThatBlock()
    {
        var network = NewGateway().GetNetwork(ChannelName);

        var events = await AsyncStreams.Take(network.GetChaincodeEventsAsync(ChaincodeName, new EventsOptions { StartBlock = 3 }), 5);

        var signed = Fake.EventRequests.Single();
        var request = ProtoEventsRequest.Parser.ParseFrom(signed.Request);
        Assert.Multiple(() =>
        {
            Assert.That(events.Select(e => (e.BlockNumber, e.TransactionId)), Is.EqualTo(_ledger.EventsOf(ChaincodeName).Where(e => e.Block >= 3)));
            Assert.That(events[0], Has.Property(nameof(ChaincodeEvent.ChaincodeName)).EqualTo(ChaincodeName)
                .And.Property(nameof(ChaincodeEvent.EventName)).EqualTo("Changed")
                .And.Property(nameof(ChaincodeEvent.Payload)).EqualTo("tx3a"u8.ToArray()));
            Assert.That(request.StartPosition.Specified.Number, Is.EqualTo(3));
            Assert.That(SignatureVerifier.Shared.IsValid(TestIdentity.Identity, signed.Request.Span, signed.Signature.Span), Is.True);
        });
    }

    [Test]
    public async Task GetChaincodeEventsAsync_StreamDropped_ReconnectsWithoutGapOrDuplicate()
    {
        _ledger.DropAfterResponses = 2;
        var network = NewGateway().GetNetwork(ChannelName);
        var options = new EventsOptions { StartBlock = 0, ReconnectDelay = TimeSpan.FromMilliseconds(10) };

        var events = await AsyncStreams.Take(network.GetChaincodeEventsAsync(ChaincodeName, options), 6);

        var requests = Fake.EventRequests.Select(r => ProtoEventsRequest.Parser.ParseFrom(r.Request)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(events.Select(e => (e.BlockNumber, e.TransactionId)), Is.EqualTo(_ledger.EventsOf(ChaincodeName)));
            Assert.That(requests, Has.Count.EqualTo(2));
            Assert.That(requests[1].StartPosition.Specified.Number, Is.EqualTo(4), "resumes after block 3, the last delivered");
        });
    }

    [Test]
    public async Task GetChaincodeEventsAsync_RestartFromFileCheckpoint_ResumesWithoutGapOrDuplicate()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fabric-client-checkpoint-{Guid.NewGuid():N}.json");
        try
        {
            var seen = new List<ChaincodeEvent>();
            var first = await FileCheckpointer.OpenAsync(path);
            await foreach (var chaincodeEvent in NewGateway().GetNetwork(ChannelName).GetChaincodeEventsAsync(ChaincodeName, new EventsOptions { StartBlock = 0, Checkpoint = first }))
            {
                seen.Add(chaincodeEvent);
                await first.CheckpointChaincodeEventAsync(chaincodeEvent);
                if (chaincodeEvent.TransactionId == "tx5")
                {
                    break; // the process "stops" between the two events of block 5
                }
            }

            _ledger.DropAfterResponses = 1;
            var restarted = await FileCheckpointer.OpenAsync(path);
            var options = new EventsOptions { StartBlock = 0, Checkpoint = restarted, ReconnectDelay = TimeSpan.FromMilliseconds(10) };
            seen.AddRange(await AsyncStreams.Take(NewGateway().GetNetwork(ChannelName).GetChaincodeEventsAsync(ChaincodeName, options), 2));

            var resumed = ProtoEventsRequest.Parser.ParseFrom(Fake.EventRequests.ElementAt(1).Request);
            Assert.Multiple(() =>
            {
                Assert.That(seen.Select(e => (e.BlockNumber, e.TransactionId)), Is.EqualTo(_ledger.EventsOf(ChaincodeName)));
                Assert.That(resumed.StartPosition.Specified.Number, Is.EqualTo(5));
                Assert.That(resumed.AfterTransactionId, Is.EqualTo("tx5"));
                Assert.That(Fake.EventRequests, Has.Count.EqualTo(3), "first run, restart, reconnect after the drop");
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void GetChaincodeEventsAsync_PermissionDenied_ThrowsWithoutReconnecting()
    {
        Fake.OnChaincodeEvents = (_, _, _) => throw GatewayErrors.Failure(Grpc.Core.StatusCode.PermissionDenied, "not a reader");
        var network = NewGateway().GetNetwork(ChannelName);

        Assert.That(async () => await AsyncStreams.Take(network.GetChaincodeEventsAsync(ChaincodeName), 1),
            Throws.TypeOf<Fabric.Client.Errors.GatewayException>().With.Property("StatusCode").EqualTo(Grpc.Core.StatusCode.PermissionDenied));
        Assert.That(Fake.EventRequests, Has.Count.EqualTo(1));
    }
}
