using Fabric.Protos.Peer;
using Fabric.Shim.Testing;
using Fabric.Shim.Tests.Support;
using Google.Protobuf;
using Grpc.Net.Client;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Tests.Handler;

public sealed class RegistrationTests
{
    private static readonly IChaincode Echo = new DelegateChaincode(stub => Task.FromResult(ChaincodeResponses.Success(stub.FunctionName)));

    [Test]
    public async Task Connect_NewStream_ChaincodeSendsRegisterFirstWithPackageId()
    {
        await using var server = await ShimHarness.StartServerAsync(Echo);
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{server.Port}");
        await using var peer = ScriptedPeer.Open(channel);

        var register = await peer.ReceiveAsync();

        Assert.That(register.Type, Is.EqualTo(MessageType.Register));
        Assert.That(register.Txid, Is.Empty);
        Assert.That(register.ChannelId, Is.Empty);
        Assert.That(ChaincodeID.Parser.ParseFrom(register.Payload).Name, Is.EqualTo(ShimHarness.ChaincodeId));
    }

    [Test]
    public async Task Handshake_RegisteredThenReady_TransactionsRun()
    {
        await using var harness = await ShimHarness.StartAsync(Echo);

        var end = await harness.RunAsync(new InMemoryLedger(), ShimHarness.Transaction("Ping"));

        Assert.That(harness.RegisteredId, Is.EqualTo(ShimHarness.ChaincodeId));
        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("Ping"));
    }

    [Test]
    public async Task Handshake_ReadyWithAdditionalParams_IsAccepted()
    {
        await using var server = await ShimHarness.StartServerAsync(Echo);
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{server.Port}");
        await using var peer = ScriptedPeer.Open(channel);
        await peer.ExpectAsync(MessageType.Register);

        await peer.SendAsync(new ChaincodeMessage { Type = MessageType.Registered });
        await peer.SendAsync(new ChaincodeMessage
        {
            Type = MessageType.Ready,
            Payload = new ChaincodeAdditionalParams { UseWriteBatch = true, MaxSizeWriteBatch = 100 }.ToByteString(),
        });
        await peer.SendAsync(ShimHarness.Transaction("Ping"));
        var end = await peer.ExpectAsync(MessageType.Completed);

        Assert.That(Messages.ResponseOf(end).Status, Is.EqualTo(200));
    }

    [Test]
    public async Task Transaction_BeforeReady_AnsweredWithErrorNotHang()
    {
        await using var server = await ShimHarness.StartServerAsync(Echo);
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{server.Port}");
        await using var peer = ScriptedPeer.Open(channel);
        await peer.ExpectAsync(MessageType.Register);
        var transaction = ShimHarness.Transaction("Ping");

        await peer.SendAsync(transaction);
        var error = await peer.ExpectAsync(MessageType.Error);

        Assert.That(error.Txid, Is.EqualTo(transaction.Txid));
        Assert.That(error.ChannelId, Is.EqualTo(ShimHarness.Channel));
        Assert.That(error.Payload.ToStringUtf8(), Does.Contain("TRANSACTION").IgnoreCase.And.Contain("created"));
    }

    [Test]
    public async Task Ready_BeforeRegistered_AnsweredWithErrorAndHandshakeStillCompletes()
    {
        await using var server = await ShimHarness.StartServerAsync(Echo);
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{server.Port}");
        await using var peer = ScriptedPeer.Open(channel);
        await peer.ExpectAsync(MessageType.Register);

        await peer.SendAsync(new ChaincodeMessage { Type = MessageType.Ready });
        var error = await peer.ExpectAsync(MessageType.Error);
        await peer.SendAsync(new ChaincodeMessage { Type = MessageType.Registered });
        await peer.SendAsync(new ChaincodeMessage { Type = MessageType.Ready });
        await peer.SendAsync(ShimHarness.Transaction("Ping"));
        var end = await peer.ExpectAsync(MessageType.Completed);

        Assert.That(error.Payload.ToStringUtf8(), Does.Contain("READY"));
        Assert.That(Messages.ResponseOf(end).Status, Is.EqualTo(200));
    }

    [Test]
    public async Task Keepalive_InReadyState_IsEchoed()
    {
        await using var harness = await ShimHarness.StartAsync(Echo);

        await harness.Peer.SendAsync(new ChaincodeMessage { Type = MessageType.Keepalive });
        var echo = await harness.Peer.ReceiveAsync();

        Assert.That(echo.Type, Is.EqualTo(MessageType.Keepalive));
    }

    [Test]
    public async Task Keepalive_BeforeRegistered_IsEchoed()
    {
        await using var server = await ShimHarness.StartServerAsync(Echo);
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{server.Port}");
        await using var peer = ScriptedPeer.Open(channel);
        await peer.ExpectAsync(MessageType.Register);

        await peer.SendAsync(new ChaincodeMessage { Type = MessageType.Keepalive });

        Assert.That((await peer.ReceiveAsync()).Type, Is.EqualTo(MessageType.Keepalive));
    }

    [TestCase(MessageType.Undefined)]
    [TestCase(MessageType.GetState)]
    [TestCase(MessageType.Completed)]
    [TestCase(MessageType.Registered)]
    [TestCase((MessageType)99)]
    public async Task UnexpectedType_InReadyState_AnsweredWithErrorAndStreamKeepsWorking(MessageType type)
    {
        await using var harness = await ShimHarness.StartAsync(Echo);

        await harness.Peer.SendAsync(new ChaincodeMessage { Type = type, Txid = "tx-odd", ChannelId = ShimHarness.Channel });
        var error = await harness.Peer.ExpectAsync(MessageType.Error);
        var end = await harness.RunAsync(new InMemoryLedger(), ShimHarness.Transaction("StillAlive"));

        Assert.That(error.Txid, Is.EqualTo("tx-odd"));
        Assert.That(error.ChannelId, Is.EqualTo(ShimHarness.Channel));
        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("StillAlive"));
    }

    [Test]
    public async Task OrphanResponse_NoTransactionInFlight_IsIgnored()
    {
        await using var harness = await ShimHarness.StartAsync(Echo);

        await harness.Peer.SendAsync(new ChaincodeMessage { Type = MessageType.Response, Txid = "nobody", ChannelId = ShimHarness.Channel });
        var silent = await harness.Peer.IsSilentAsync(TimeSpan.FromMilliseconds(200));
        var end = await harness.RunAsync(new InMemoryLedger(), ShimHarness.Transaction("After"));

        Assert.That(silent, Is.True);
        Assert.That(Messages.ResponseOf(end).Status, Is.EqualTo(200));
    }
}
