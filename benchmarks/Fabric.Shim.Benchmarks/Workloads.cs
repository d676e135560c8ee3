using AssetTransferBasic;
using Fabric.Protos.Peer;
using Fabric.Shim.Contracts;
using Fabric.Shim.Server;
using Fabric.Shim.Testing;
using Grpc.Net.Client;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Benchmarks;

/// <summary>The two measured workloads, each run with <c>window</c> transactions (or messages) in flight.</summary>
internal static class Workloads
{
    /// <summary>
    /// Runs <paramref name="transactions"/> alternating ReadAsset/UpdateAsset transactions through the shim and
    /// returns how many messages the peer sent (TRANSACTIONs plus RESPONSEs).
    /// </summary>
    public static async Task<int> ShimAsync(IReadOnlyList<ChaincodeMessage> transactions, int window)
    {
        await using var server = new ChaincodeServer(
            new ContractChaincode(new AssetTransferContract()),
            new ChaincodeServerOptions { Address = "127.0.0.1:0", ChaincodeId = "basic_1.0:bench" });
        await server.StartAsync();
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{server.Port}");
        var (peer, _) = await ScriptedPeer.ConnectAsync(channel);
        await using (peer)
        {
            var ledger = new InMemoryLedger { RecordRequests = false, RecordHistory = false };
            for (var i = 0; i < 100; i++)
            {
                ledger.Seed($"asset{i}", $"{{\"AppraisedValue\":300,\"Color\":\"blue\",\"ID\":\"asset{i}\",\"Owner\":\"Tomoko\",\"Size\":5}}");
            }

            var sent = 0;
            var completed = 0;
            var peerMessages = 0;
            for (; sent < Math.Min(window, transactions.Count); sent++, peerMessages++)
            {
                await peer.SendAsync(transactions[sent]);
            }

            while (completed < transactions.Count)
            {
                var message = await peer.ReceiveAsync(TimeSpan.FromSeconds(30));
                if (message.Type is MessageType.Completed or MessageType.Error)
                {
                    if (message.Type == MessageType.Error || Messages.ResponseOf(message).Status != 200)
                    {
                        throw new InvalidOperationException($"transaction failed: {message}");
                    }

                    completed++;
                    if (sent < transactions.Count)
                    {
                        await peer.SendAsync(transactions[sent++]);
                        peerMessages++;
                    }

                    continue;
                }

                await peer.SendAsync(ledger.Handle(message));
                peerMessages++;
            }

            return peerMessages;
        }
    }

    /// <summary>Sends <paramref name="count"/> messages through a bare echo stream, <paramref name="window"/> in flight.</summary>
    public static async Task EchoAsync(int port, int count, int window, ChaincodeMessage sample)
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        await using var peer = ScriptedPeer.Open(channel);
        var sent = 0;
        for (; sent < Math.Min(window, count); sent++)
        {
            await peer.SendAsync(sample);
        }

        for (var received = 0; received < count; received++)
        {
            await peer.ReceiveAsync(TimeSpan.FromSeconds(30));
            if (sent < count)
            {
                await peer.SendAsync(sample);
                sent++;
            }
        }
    }

    /// <summary>Builds the transactions up front, so proposal building is not measured: even ones read, odd ones update.</summary>
    public static List<ChaincodeMessage> BuildTransactions(int count)
    {
        var proposals = new ProposalFactory("Org1MSP", "-----BEGIN CERTIFICATE-----\nbench\n-----END CERTIFICATE-----\n");
        var timestamp = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
        var result = new List<ChaincodeMessage>(count);
        for (var i = 0; i < count; i++)
        {
            var id = $"asset{i % 100}";
            string[] args = i % 2 == 0
                ? ["ReadAsset", id]
                : ["UpdateAsset", id, "green", "7", "Ann", "900"];
            var (proposal, txId) = proposals.Create("mychannel", args, timestamp);
            result.Add(Messages.Transaction("mychannel", txId, proposal, args));
        }

        return result;
    }
}
