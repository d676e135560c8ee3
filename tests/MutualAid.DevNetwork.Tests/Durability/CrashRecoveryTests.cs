using System.Collections.Concurrent;
using Fabric.Msp.DevCa;
using Fabric.Protos.GatewayApi;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using MutualAid.DevNetwork.Blocks;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Hosting;
using MutualAid.DevNetwork.Ledger;
using MutualAid.DevNetwork.Tests.Chaincode;
using MutualAid.DevNetwork.Tests.Gateway;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace MutualAid.DevNetwork.Tests.Durability;

/// <summary>Kill -9 under load, restart, and check that nothing acknowledged is lost and the chain is intact.</summary>
[NonParallelizable]
[CancelAfter(120_000)]
public class CrashRecoveryTests
{
    [Test]
    public async Task KillUnderLoad_Restart_EveryAcknowledgedTransactionSurvivesAndChainIsIntact()
    {
        var directory = Directory.CreateTempSubdirectory("devnet-crash-").FullName;
        await using var chaincode = await ScriptedChaincode.StartAsync("kv:1", PutBody);
        var config = TestNetworks.OnFixedFreePorts();
        var configFile = Path.Combine(directory, "network.json");
        config.Save(configFile);
        var dataDirectory = Path.Combine(directory, "data");
        var acknowledged = new ConcurrentDictionary<string, ulong>();
        try
        {
            using (var network = await DevNetworkProcess.StartAsync(dataDirectory, configFile, $"kv={chaincode.Address}"))
            {
                using var load = new CancellationTokenSource();
                var writers = Enumerable.Range(0, 4).Select(w => SubmitUntilCancelledAsync(config, dataDirectory, w, acknowledged, load.Token)).ToList();
                while (acknowledged.Count < 40)
                {
                    await Task.Delay(20);
                }

                network.KillHard();
                await load.CancelAsync();
                await Task.WhenAll(writers);
            }

            using var restarted = await DevNetworkProcess.StartAsync(dataDirectory, configFile, $"kv={chaincode.Address}");
            restarted.KillHard(); // recovery happened at start; inspect the files the process left
            using var ledger = ChannelLedger.Open("mutualaid", Path.Combine(dataDirectory, "ledgers", "mutualaid"));

            Assert.That(acknowledged, Has.Count.GreaterThanOrEqualTo(40));
            foreach (var (txId, block) in acknowledged)
            {
                Assert.That(ledger.Transactions.TryGet(txId, out var location), Is.True, $"{txId} was acknowledged as committed");
                Assert.That(location.BlockNumber, Is.EqualTo(block));
                Assert.That(location.Code, Is.EqualTo(TxValidationCode.Valid));
                Assert.That(ledger.State.Get("kv", txId), Is.Not.Null);
            }

            var previous = Array.Empty<byte>();
            for (ulong n = 0; n < ledger.Height; n++)
            {
                var header = ledger.GetBlock(n).Header;
                Assert.That(header.PreviousHash.ToByteArray(), Is.EqualTo(previous), $"block {n} chains to block {n - 1}");
                previous = BlockHashing.HeaderHash(header.Number, header.PreviousHash.Span, header.DataHash.Span);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }


    private static async Task SubmitUntilCancelledAsync(
        NetworkConfig config, string dataDirectory, int writer, ConcurrentDictionary<string, ulong> acknowledged, CancellationToken cancellationToken)
    {
        var organizations = Path.Combine(dataDirectory, "organizations");
        var consortium = ConsortiumSpec.From(config);
        var user = DevCryptoMaterial.LoadUser(organizations, consortium.PeerOrganizations[0], "User1");
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{config.Organizations[0].Peers[0].Port}");
        var gateway = new Fabric.Protos.GatewayApi.Gateway.GatewayClient(channel);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var (proposal, txId) = await TestProposals.CreateAsync(user, "kv", ["put", $"writer{writer}"]);
                var endorsed = await gateway.EndorseAsync(new EndorseRequest { TransactionId = txId, ChannelId = "mutualaid", ProposedTransaction = proposal }, cancellationToken: cancellationToken);
                var status = await GatewayCalls.SubmitAndWaitAsync(gateway, user, endorsed.PreparedTransaction, txId, cancellationToken);
                if (status.Result == TxValidationCode.Valid)
                {
                    acknowledged[txId] = status.BlockNumber;
                }
            }
            catch (RpcException)
            {
                // The network is being killed: whatever was not acknowledged may or may not have committed.
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Writes the transaction id as a key, so each acknowledged transaction leaves a trace in state.</summary>
    private static async Task<ChaincodeMessage> PutBody(ChaincodeMessage transaction, Func<MessageType, IMessage, Task<ChaincodeMessage>> request)
    {
        await request(MessageType.PutState, new PutState { Key = transaction.Txid, Value = ByteString.CopyFromUtf8("1") });
        return new ChaincodeMessage { Type = MessageType.Completed, Payload = new Response { Status = 200 }.ToByteString() };
    }
}
