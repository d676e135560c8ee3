using Fabric.Protos.GatewayApi;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using MutualAid.DevNetwork.Hosting;
using MutualAid.DevNetwork.Tests.Gateway;
using MutualAid.DevNetwork.Tests.Interop;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace MutualAid.DevNetwork.Tests.Chaincode;

/// <summary>A chaincode that dies mid-transaction and comes back: the peer reports it and dials again.</summary>
[NonParallelizable]
[CancelAfter(60_000)]
public class ChaincodeRestartTests
{
    [Test]
    public async Task ChaincodeDiesMidTransaction_CallFailsAndNetworkRedialsTheRestartedChaincode()
    {
        var directory = Directory.CreateTempSubdirectory("devnet-restart-").FullName;
        var port = NodeChaincodeServer.FreePort();
        var entered = new TaskCompletionSource();
        var chaincode = await ScriptedChaincode.StartAsync("kv:1", async (_, _) =>
        {
            entered.TrySetResult();
            await Task.Delay(Timeout.Infinite);
            return new ChaincodeMessage();
        }, port);
        var config = TestNetworks.OnFreePorts();
        var host = await DevNetworkHost.StartAsync(config, directory, new Dictionary<string, string> { ["kv"] = $"127.0.0.1:{port}" });
        try
        {
            using var channel = GrpcChannel.ForAddress("http://" + host.Network.Peers[0].Address);
            var gateway = new Fabric.Protos.GatewayApi.Gateway.GatewayClient(channel);
            var user = Fabric.Msp.DevCa.DevCryptoMaterial.LoadUser(host.OrganizationsDirectory, ConsortiumSpec.From(config).PeerOrganizations[0], "User1");

            var (hanging, _) = await TestProposals.CreateAsync(user, "kv", ["get", "k"]);
            var pending = gateway.EvaluateAsync(new EvaluateRequest { ChannelId = "mutualaid", ProposedTransaction = hanging }).ResponseAsync;
            await entered.Task;
            await chaincode.DisposeAsync();
            var failure = Assert.ThrowsAsync<RpcException>(async () => await pending);

            await using var restarted = await ScriptedChaincode.StartAsync("kv:1", (_, _) => Task.FromResult(new ChaincodeMessage
            {
                Type = MessageType.Completed,
                Payload = new Response { Status = 200, Payload = ByteString.CopyFromUtf8("back") }.ToByteString(),
            }), port);
            var (again, _) = await TestProposals.CreateAsync(user, "kv", ["get", "k"]);
            var response = await gateway.EvaluateAsync(new EvaluateRequest { ChannelId = "mutualaid", ProposedTransaction = again });

            Assert.That(failure!.StatusCode, Is.EqualTo(StatusCode.Aborted));
            Assert.That(failure.Status.Detail, Does.StartWith("failed to evaluate transaction"));
            Assert.That(response.Result.Payload.ToStringUtf8(), Is.EqualTo("back"));
        }
        finally
        {
            await host.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }
}
