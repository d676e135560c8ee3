using System.Text;
using Fabric.Protos.Ledger.KvRwset;
using Fabric.Protos.Ledger.QueryResult;
using Fabric.Protos.Peer;
using Google.Protobuf;
using MutualAid.DevNetwork.Chaincode;
using MutualAid.DevNetwork.Ledger;
using MutualAid.DevNetwork.Simulation;
using MutualAid.DevNetwork.Tests.Simulation;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace MutualAid.DevNetwork.Tests.Chaincode;

[CancelAfter(30_000)]
public class ChaincodeConnectionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Test]
    public async Task ConnectAsync_ChaincodeRegisters_SendsRegisteredThenReadyAndNoKeepalive()
    {
        await using var chaincode = await ScriptedChaincode.StartAsync("basic_1.0:abc", (_, _) => Task.FromResult(Completed("ok")));

        await using var connection = await Connect(chaincode, id => id.StartsWith("basic", StringComparison.Ordinal));
        await WaitUntil(() => chaincode.Received.Count >= 2);

        Assert.That(connection.ChaincodeId, Is.EqualTo("basic_1.0:abc"));
        Assert.That(chaincode.Received.Select(m => m.Type), Is.EqualTo(new[] { MessageType.Registered, MessageType.Ready }));
    }

    [Test]
    public async Task ConnectAsync_UnexpectedId_Throws()
    {
        await using var chaincode = await ScriptedChaincode.StartAsync("other:1", (_, _) => Task.FromResult(Completed("ok")));

        Assert.That(async () => await Connect(chaincode, id => id == "basic:1"),
            Throws.InstanceOf<ChaincodeConnectionException>().With.Message.Contains("other:1"));
    }

    [Test]
    public async Task ExecuteAsync_StateRequests_ServedFromSimulatorWithoutReadYourWrites()
    {
        string? seen = null;
        await using var chaincode = await ScriptedChaincode.StartAsync("cc:1", async (_, request) =>
        {
            await request(MessageType.PutState, new PutState { Key = "k", Value = ByteString.CopyFromUtf8("new") });
            var get = await request(MessageType.GetState, new GetState { Key = "k" });
            seen = get.Payload.ToStringUtf8();
            return Completed("done");
        });
        await using var connection = await Connect(chaincode);
        var context = Context("tx1", TxSimulatorTests.StateWith(("k", "old")));

        var result = await connection.ExecuteAsync(MessageType.Transaction, Input("Fn"), context, Timeout);

        Assert.That(result.Type, Is.EqualTo(MessageType.Completed));
        Assert.That(Response.Parser.ParseFrom(result.Payload).Payload.ToStringUtf8(), Is.EqualTo("done"));
        Assert.That(seen, Is.EqualTo("old"), "reads see committed state, not the transaction's own write");
        var rwset = KVRWSet.Parser.ParseFrom(context.Simulator.ToReadWriteSet().NsRwset.Single().Rwset);
        Assert.That(rwset.Writes.Single().Value.ToStringUtf8(), Is.EqualTo("new"));
    }

    [Test]
    public async Task ExecuteAsync_RangeOf250Keys_BatchesOf100WithHasMoreThenClose()
    {
        var batches = new List<QueryResponse>();
        await using var chaincode = await ScriptedChaincode.StartAsync("cc:1", async (_, request) =>
        {
            var reply = await request(MessageType.GetStateByRange, new GetStateByRange { StartKey = "k", EndKey = "l" });
            var batch = QueryResponse.Parser.ParseFrom(reply.Payload);
            batches.Add(batch);
            while (batch.HasMore)
            {
                reply = await request(MessageType.QueryStateNext, new QueryStateNext { Id = batch.Id });
                batch = QueryResponse.Parser.ParseFrom(reply.Payload);
                batches.Add(batch);
            }

            var close = await request(MessageType.QueryStateClose, new QueryStateClose { Id = batch.Id });
            return close.Type == MessageType.Response ? Completed("closed") : Completed("close failed");
        });
        await using var connection = await Connect(chaincode);
        var state = TxSimulatorTests.StateWith(Enumerable.Range(0, 250).Select(i => ($"k{i:D3}", "v")).ToArray());

        var result = await connection.ExecuteAsync(MessageType.Transaction, Input("Fn"), Context("tx1", state), Timeout);

        Assert.That(batches.Select(b => b.Results.Count), Is.EqualTo(new[] { 100, 100, 50 }));
        Assert.That(batches.Select(b => b.HasMore), Is.EqualTo(new[] { true, true, false }));
        Assert.That(KV.Parser.ParseFrom(batches[0].Results[0].ResultBytes).Key, Is.EqualTo("k000"));
        Assert.That(Response.Parser.ParseFrom(result.Payload).Payload.ToStringUtf8(), Is.EqualTo("closed"),
            "closing an exhausted iterator succeeds");
    }

    [Test]
    public async Task ExecuteAsync_PaginatedRange_ReturnsPageWithBookmarkOfNextKey()
    {
        QueryResponseMetadata? metadata = null;
        var keys = new List<string>();
        await using var chaincode = await ScriptedChaincode.StartAsync("cc:1", async (_, request) =>
        {
            var query = new QueryMetadata { PageSize = 3, Bookmark = "b" };
            var reply = await request(MessageType.GetStateByRange, new GetStateByRange { StartKey = "a", EndKey = "z", Metadata = query.ToByteString() });
            var page = QueryResponse.Parser.ParseFrom(reply.Payload);
            keys.AddRange(page.Results.Select(r => KV.Parser.ParseFrom(r.ResultBytes).Key));
            metadata = QueryResponseMetadata.Parser.ParseFrom(page.Metadata);
            return Completed("ok");
        });
        await using var connection = await Connect(chaincode);
        var state = TxSimulatorTests.StateWith(("a", "1"), ("b", "2"), ("c", "3"), ("d", "4"), ("e", "5"));

        await connection.ExecuteAsync(MessageType.Transaction, Input("Fn"), Context("tx1", state), Timeout);

        Assert.That(keys, Is.EqualTo(new[] { "b", "c", "d" }));
        Assert.That(metadata!.FetchedRecordsCount, Is.EqualTo(3));
        Assert.That(metadata.Bookmark, Is.EqualTo("e"));
    }

    [Test]
    public async Task ExecuteAsync_UnknownIteratorAndRichQuery_AnsweredWithFabricErrors()
    {
        var errors = new List<string>();
        await using var chaincode = await ScriptedChaincode.StartAsync("cc:1", async (_, request) =>
        {
            errors.Add((await request(MessageType.QueryStateNext, new QueryStateNext { Id = "nope" })).Payload.ToStringUtf8());
            errors.Add((await request(MessageType.GetQueryResult, new GetQueryResult { Query = "{}" })).Payload.ToStringUtf8());
            return Completed("ok");
        });
        await using var connection = await Connect(chaincode);

        await connection.ExecuteAsync(MessageType.Transaction, Input("Fn"), Context("tx9", new WorldState()), Timeout);

        Assert.That(errors[0], Is.EqualTo("QUERY_STATE_NEXT failed: transaction ID: tx9: query iterator not found"));
        Assert.That(errors[1], Does.EndWith("ExecuteQuery not supported for leveldb"));
    }

    [Test]
    public async Task ExecuteAsync_ManyConcurrentTransactions_EachGetsItsOwnResult()
    {
        await using var chaincode = await ScriptedChaincode.StartAsync("cc:1", async (tx, request) =>
        {
            var get = await request(MessageType.GetState, new GetState { Key = "k" });
            await request(MessageType.PutState, new PutState { Key = tx.Txid, Value = get.Payload });
            return Completed(tx.Txid);
        });
        await using var connection = await Connect(chaincode);
        var state = TxSimulatorTests.StateWith(("k", "v"));

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            connection.ExecuteAsync(MessageType.Transaction, Input("Fn"), Context($"tx{i}", state), Timeout)));

        Assert.That(results.Select(r => Response.Parser.ParseFrom(r.Payload).Payload.ToStringUtf8()),
            Is.EqualTo(Enumerable.Range(0, 100).Select(i => $"tx{i}")));
    }

    [Test]
    public async Task ExecuteAsync_ChaincodeNeverAnswers_TimesOut()
    {
        await using var chaincode = await ScriptedChaincode.StartAsync("cc:1", async (_, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(20));
            return Completed("late");
        });
        await using var connection = await Connect(chaincode);

        Assert.That(
            async () => await connection.ExecuteAsync(MessageType.Transaction, Input("Fn"), Context("tx1", new WorldState()), TimeSpan.FromMilliseconds(300)),
            Throws.InstanceOf<ChaincodeExecutionException>().With.Message.Contains("timeout expired"));
    }

    [Test]
    public async Task ExecuteAsync_TransactionMessage_CarriesSignedProposalAndIds()
    {
        await using var chaincode = await ScriptedChaincode.StartAsync("cc:1", (_, _) => Task.FromResult(Completed("ok")));
        await using var connection = await Connect(chaincode);
        var context = Context("tx7", new WorldState());

        await connection.ExecuteAsync(MessageType.Transaction, Input("Fn", "a"), context, Timeout);

        var sent = chaincode.Received.Single(m => m.Type == MessageType.Transaction);
        Assert.That(sent.Txid, Is.EqualTo("tx7"));
        Assert.That(sent.ChannelId, Is.EqualTo("mutualaid"));
        Assert.That(sent.Proposal.ProposalBytes.ToStringUtf8(), Is.EqualTo("proposal"));
        Assert.That(ChaincodeInput.Parser.ParseFrom(sent.Payload).Args.Select(a => a.ToStringUtf8()), Is.EqualTo(new[] { "Fn", "a" }));
    }

    private static Task<ChaincodeConnection> Connect(ScriptedChaincode chaincode, Func<string, bool>? accept = null) =>
        ChaincodeConnection.ConnectAsync(new ChaincodeEndpoint(chaincode.Address, TimeSpan.FromSeconds(5)), accept ?? (_ => true));

    private static TransactionContext Context(string txId, WorldState state) =>
        new("mutualaid", txId, "cc", new SignedProposal { ProposalBytes = ByteString.CopyFromUtf8("proposal") }, new TxSimulator(state), new HistoryIndex());

    private static ChaincodeInput Input(params string[] args)
    {
        var input = new ChaincodeInput();
        input.Args.AddRange(args.Select(ByteString.CopyFromUtf8));
        return input;
    }

    private static ChaincodeMessage Completed(string payload) => new()
    {
        Type = MessageType.Completed,
        Payload = new Response { Status = 200, Payload = ByteString.CopyFrom(Encoding.UTF8.GetBytes(payload)) }.ToByteString(),
    };

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20);
        }
    }
}
