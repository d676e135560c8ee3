using Fabric.Client.Errors;
using Fabric.Client.Events;
using Fabric.Msp.DevCa;
using Fabric.Msp.Signing;
using Fabric.Protos.Common;
using Fabric.Protos.Orderer;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Hosting;
using MutualAid.DevNetwork.Tests.Gateway;
using DeliverResponse = Fabric.Protos.Peer.DeliverResponse;
using Status = Fabric.Protos.Common.Status;
using FabricGateway = Fabric.Client.Gateway;

namespace MutualAid.DevNetwork.Tests.Services;

/// <summary>
/// Deliver, DeliverFiltered and DeliverWithPrivateData check the seek envelope's timestamp against the
/// peer's clock, as Fabric's Deliver handler does: missing or more than the window away is BAD_REQUEST.
/// The network runs on a clock two hours ahead of the machine's and frozen, so the edges are exact and
/// only the injected clock can explain what is served.
/// </summary>
[NonParallelizable]
[CancelAfter(60_000)]
public class DeliverTimestampTests
{
    private static readonly DateTimeOffset NetworkNow = new(DateTimeOffset.UtcNow.AddHours(2).UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
    private readonly CapturedLogs _logs = new();
    private string _directory = null!;
    private DevNetworkHost _host = null!;
    private GrpcChannel _channel = null!;

    public enum Rpc
    {
        Deliver,
        DeliverFiltered,
        DeliverWithPrivateData,
    }

    [OneTimeSetUp]
    public async Task Start()
    {
        _directory = Directory.CreateTempSubdirectory("devnet-deliver-time-").FullName;
        _host = await DevNetworkHost.StartAsync(TestNetworks.OnFreePorts(), _directory, new Dictionary<string, string>(), _logs.AddTo, new FakeTimeProvider(NetworkNow));
        _channel = GrpcChannel.ForAddress("http://" + _host.Network.Peers[0].Address);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _channel.Dispose();
        await _host.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public void Default_TimeWindow_IsFabricsFifteenMinutes() =>
        Assert.That(_host.Config.Authentication.TimeWindow, Is.EqualTo(TimeSpan.FromMinutes(15)));

    [Test]
    public async Task Deliver_EachRpcInsideWindowAtBothEdges_ServesTheBlock([Values] Rpc rpc, [Values(-15 * 60, 0, 15 * 60)] int offsetSeconds)
    {
        var responses = await SeekGenesisAsync(_channel, User(_host), rpc, Timestamp.FromDateTimeOffset(NetworkNow.AddSeconds(offsetSeconds)));

        Assert.That(responses.Select(r => r.TypeCase), Is.EqualTo(new[] { BlockCase(rpc), DeliverResponse.TypeOneofCase.Status }));
        Assert.That(responses[^1].Status, Is.EqualTo(Status.Success));
    }

    [Test]
    public async Task Deliver_EachRpcJustOutsideWindow_BadRequestAndNoBlock([Values] Rpc rpc, [Values(-1, 1)] int direction)
    {
        var sent = Timestamp.FromDateTimeOffset(NetworkNow.AddMinutes(15 * direction).AddMilliseconds(direction));

        var responses = await SeekGenesisAsync(_channel, User(_host), rpc, sent);

        Assert.That(responses.Select(r => r.TypeCase), Is.EqualTo(new[] { DeliverResponse.TypeOneofCase.Status }));
        Assert.That(responses[0].Status, Is.EqualTo(Status.BadRequest));
    }

    [Test]
    public async Task Deliver_EachRpcWithoutTimestamp_BadRequestAndNoBlock([Values] Rpc rpc)
    {
        var responses = await SeekGenesisAsync(_channel, User(_host), rpc, timestamp: null);

        Assert.That(responses.Select(r => (r.TypeCase, r.Status)), Is.EqualTo(new[] { (DeliverResponse.TypeOneofCase.Status, Status.BadRequest) }));
    }

    [Test]
    public async Task Deliver_MachineClockButNotNetworkClock_BadRequest()
    {
        var responses = await SeekGenesisAsync(_channel, User(_host), Rpc.Deliver, Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow));

        Assert.That(responses.Single().Status, Is.EqualTo(Status.BadRequest), "the peers check against the clock they were started with");
    }

    [Test]
    public async Task Deliver_OutsideWindow_LoggedInFabricsWords()
    {
        var sent = NetworkNow.AddHours(-1);

        await SeekGenesisAsync(_channel, User(_host), Rpc.DeliverFiltered, Timestamp.FromDateTimeOffset(sent));

        Assert.That(_logs.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message), Has.Some.Match(
            "^error parsing envelope from .+: envelope timestamp " + sent.ToString("O", System.Globalization.CultureInfo.InvariantCulture).Replace("+", "\\+", StringComparison.Ordinal)
            + " is more than 00:15:00 apart from current server time "));
    }

    [Test]
    public async Task Deliver_UnknownChannelOutsideWindow_BadRequestBeforeNotFound()
    {
        var responses = await SeekGenesisAsync(_channel, User(_host), Rpc.Deliver, Timestamp.FromDateTimeOffset(NetworkNow.AddHours(1)), channel: "nosuchchannel");

        Assert.That(responses.Single().Status, Is.EqualTo(Status.BadRequest), "Fabric checks the timestamp before it looks the channel up");
    }

    [Test]
    public async Task Deliver_RefusedThenValidOnSameStream_StreamEndsAfterRefusal()
    {
        var user = User(_host);
        using var call = new Deliver.DeliverClient(_channel).Deliver();
        await call.RequestStream.WriteAsync(await SeekEnvelopeAsync(user, "mutualaid", null));
        await call.RequestStream.WriteAsync(await SeekEnvelopeAsync(user, "mutualaid", Timestamp.FromDateTimeOffset(NetworkNow)));

        var responses = await ReadAllAsync(call.ResponseStream);

        Assert.That(responses.Select(r => (r.TypeCase, r.Status)), Is.EqualTo(new[] { (DeliverResponse.TypeOneofCase.Status, Status.BadRequest) }));
    }

    [Test]
    public async Task FabricClient_ClockInsideWindow_ReceivesBlocks([Values(-15, 15)] int minutes)
    {
        var network = Connect(NetworkNow.AddMinutes(minutes));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var first = await FirstAsync(network.GetBlockEventsAsync(new EventsOptions { StartBlock = 0 }, stop.Token));

        Assert.That(first.Header.Number, Is.Zero);
    }

    [Test]
    public void FabricClient_ClockSixteenMinutesAhead_GatewayExceptionInvalidArgumentNotRetried()
    {
        var network = Connect(NetworkNow.AddMinutes(16));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var error = Assert.ThrowsAsync<GatewayException>(async () => await FirstAsync(network.GetFilteredBlockEventsAsync(new EventsOptions { StartBlock = 0 }, stop.Token)));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Message, Does.Contain("BadRequest"));
        Assert.That(error.IsTransient, Is.False, "a client whose clock is off gets the refusal at once, not a reconnection loop");
    }

    [Test]
    public void FabricClient_ClockSixteenMinutesBehind_PrivateDataEventsRefused()
    {
        var network = Connect(NetworkNow.AddMinutes(-16));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var error = Assert.ThrowsAsync<GatewayException>(async () => await FirstAsync(network.GetBlockAndPrivateDataEventsAsync(new EventsOptions { StartBlock = 0 }, stop.Token)));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
    }

    [Test]
    public async Task StartAsync_ConfiguredWindow_Honoured()
    {
        var directory = Directory.CreateTempSubdirectory("devnet-deliver-window-").FullName;
        var config = TestNetworks.OnFreePorts() with { Authentication = new AuthenticationConfig { TimeWindowSeconds = 60 } };
        try
        {
            await using var host = await DevNetworkHost.StartAsync(config, directory, new Dictionary<string, string>(), time: new FakeTimeProvider(NetworkNow));
            using var channel = GrpcChannel.ForAddress("http://" + host.Network.Peers[0].Address);
            var user = User(host);

            var atEdge = await SeekGenesisAsync(channel, user, Rpc.Deliver, Timestamp.FromDateTimeOffset(NetworkNow.AddSeconds(60)));
            var pastEdge = await SeekGenesisAsync(channel, user, Rpc.Deliver, Timestamp.FromDateTimeOffset(NetworkNow.AddSeconds(-61)));

            Assert.That(atEdge[^1].Status, Is.EqualTo(Status.Success));
            Assert.That(pastEdge.Single().Status, Is.EqualTo(Status.BadRequest));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [TestCase(0)]
    [TestCase(-900)]
    public void Validate_NonPositiveWindow_InvalidData(int seconds)
    {
        var config = TestNetworks.OnFreePorts() with { Authentication = new AuthenticationConfig { TimeWindowSeconds = seconds } };

        Assert.That(config.Validate, Throws.TypeOf<InvalidDataException>().With.Message.Contains("authentication.timeWindowSeconds"));
    }

    [Test]
    public void Load_FileNamingTheWindow_ReadsIt()
    {
        var file = Path.Combine(_directory, "window.json");
        TestNetworks.OnFreePorts().Save(file);
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"timeWindowSeconds\": 900", "\"timeWindowSeconds\": 120", StringComparison.Ordinal));

        Assert.That(NetworkConfig.Load(file).Authentication.TimeWindow, Is.EqualTo(TimeSpan.FromMinutes(2)));
    }

    private global::Fabric.Client.Network Connect(DateTimeOffset clientClock) =>
        FabricGateway.Connect(_channel, User(_host), new global::Fabric.Client.GatewayOptions { TimeProvider = new FakeTimeProvider(clientClock) }).GetNetwork("mutualaid");

    private static SigningIdentity User(DevNetworkHost host) =>
        DevCryptoMaterial.LoadUser(host.OrganizationsDirectory, ConsortiumSpec.From(host.Config).PeerOrganizations[0], "User1");

    private static DeliverResponse.TypeOneofCase BlockCase(Rpc rpc) => rpc switch
    {
        Rpc.DeliverFiltered => DeliverResponse.TypeOneofCase.FilteredBlock,
        Rpc.DeliverWithPrivateData => DeliverResponse.TypeOneofCase.BlockAndPrivateData,
        _ => DeliverResponse.TypeOneofCase.Block,
    };

    /// <summary>Asks for block 0 alone on the given RPC, dated <paramref name="timestamp"/> (none when null).</summary>
    private static async Task<List<DeliverResponse>> SeekGenesisAsync(GrpcChannel peer, SigningIdentity user, Rpc rpc, Timestamp? timestamp, string channel = "mutualaid")
    {
        var client = new Deliver.DeliverClient(peer);
        using var call = rpc switch
        {
            Rpc.DeliverFiltered => client.DeliverFiltered(),
            Rpc.DeliverWithPrivateData => client.DeliverWithPrivateData(),
            _ => client.Deliver(),
        };
        await call.RequestStream.WriteAsync(await SeekEnvelopeAsync(user, channel, timestamp));
        await call.RequestStream.CompleteAsync();
        return await ReadAllAsync(call.ResponseStream);
    }

    private static async Task<Envelope> SeekEnvelopeAsync(SigningIdentity user, string channel, Timestamp? timestamp)
    {
        var genesis = new SeekPosition { Specified = new SeekSpecified { Number = 0 } };
        var header = new ChannelHeader { Type = (int)HeaderType.DeliverSeekInfo, ChannelId = channel, Timestamp = timestamp };
        var payload = new Payload
        {
            Header = new Header
            {
                ChannelHeader = header.ToByteString(),
                SignatureHeader = new SignatureHeader { Creator = ByteString.CopyFrom(user.Identity.Serialized.Span) }.ToByteString(),
            },
            Data = new SeekInfo { Start = genesis, Stop = genesis, Behavior = SeekInfo.Types.SeekBehavior.FailIfNotReady }.ToByteString(),
        };
        return await TestProposals.SignAsync(new Envelope { Payload = payload.ToByteString() }, user);
    }

    private static async Task<List<DeliverResponse>> ReadAllAsync(IAsyncStreamReader<DeliverResponse> stream)
    {
        var responses = new List<DeliverResponse>();
        while (await stream.MoveNext(CancellationToken.None))
        {
            responses.Add(stream.Current);
        }

        return responses;
    }

    private static async Task<T> FirstAsync<T>(IAsyncEnumerable<T> stream)
    {
        await foreach (var item in stream)
        {
            return item;
        }

        throw new InvalidOperationException("the stream ended without an item");
    }
}
