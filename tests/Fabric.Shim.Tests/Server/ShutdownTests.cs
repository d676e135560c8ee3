using Fabric.Shim.Testing;
using Fabric.Shim.Tests.Support;
using Google.Protobuf;
using Grpc.Net.Client;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Tests.Server;

public sealed class ShutdownTests
{
    [Test]
    public async Task StopAsync_TransactionInFlight_FinishesItRefusesNewOnesThenClosesStream()
    {
        var server = await ShimHarness.StartServerAsync(new DelegateChaincode(async stub => ChaincodeResponses.Success(await stub.GetStateAsync("k"))));
        await using (server)
        {
            using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{server.Port}");
            var (peer, _) = await ScriptedPeer.ConnectAsync(channel);
            await using (peer)
            {
                await peer.SendAsync(ShimHarness.Transaction("Slow"));
                var request = await peer.ExpectAsync(MessageType.GetState);

                var stopping = server.StopAsync();
                await Task.Delay(200);
                var late = ShimHarness.Transaction("Late");
                await peer.SendAsync(late);
                var refused = await peer.ExpectAsync(MessageType.Error);
                await peer.RespondAsync(request, ByteString.CopyFromUtf8("done"));
                var end = await peer.ExpectAsync(MessageType.Completed);
                await stopping.WaitAsync(TimeSpan.FromSeconds(10));

                Assert.That(refused.Txid, Is.EqualTo(late.Txid));
                Assert.That(refused.Payload.ToStringUtf8(), Does.Contain("shutting down"));
                Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("done"));
                Assert.That(async () => await peer.ReceiveAsync(TimeSpan.FromSeconds(5)), Throws.InstanceOf<InvalidOperationException>());
            }
        }
    }

    [Test]
    public async Task StopAsync_IdleStream_ClosesPromptly()
    {
        var server = await ShimHarness.StartServerAsync(new DelegateChaincode(_ => Task.FromResult(ChaincodeResponses.Success())));
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{server.Port}");
        var (peer, _) = await ScriptedPeer.ConnectAsync(channel);
        await using (peer)
        {
            await server.StopAsync().WaitAsync(TimeSpan.FromSeconds(4));

            Assert.That(async () => await peer.ReceiveAsync(TimeSpan.FromSeconds(5)), Throws.InstanceOf<InvalidOperationException>());
        }

        await server.DisposeAsync();
    }
}
