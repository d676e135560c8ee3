using System.Collections.Concurrent;
using System.Text;
using Fabric.Protos.Peer;
using Fabric.Shim.Errors;
using Fabric.Shim.Testing;
using Fabric.Shim.Tests.Support;
using Google.Protobuf;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Tests.Handler;

public sealed class TransactionTests
{
    [Test]
    public async Task Transaction_MissingProposal_AnsweredWithError()
    {
        await using var harness = await ShimHarness.StartAsync(_ => Task.FromResult(ChaincodeResponses.Success()));

        await harness.Peer.SendAsync(Messages.Transaction(ShimHarness.Channel, "tx1", null, ["Ping"]));
        var error = await harness.Peer.ExpectAsync(MessageType.Error);

        Assert.That(error.Txid, Is.EqualTo("tx1"));
        Assert.That(error.ChannelId, Is.EqualTo(ShimHarness.Channel));
        Assert.That(error.Payload.ToStringUtf8(), Does.Contain("no signed proposal"));
    }

    [Test]
    public async Task Transaction_EmptyProposalPayload_AnsweredWithError()
    {
        await using var harness = await ShimHarness.StartAsync(_ => Task.FromResult(ChaincodeResponses.Success()));
        var proposal = new SignedProposal { ProposalBytes = new Proposal { Header = ByteString.CopyFromUtf8("h") }.ToByteString() };

        await harness.Peer.SendAsync(Messages.Transaction(ShimHarness.Channel, "tx1", proposal, ["Ping"]));
        var error = await harness.Peer.ExpectAsync(MessageType.Error);

        Assert.That(error.Payload.ToStringUtf8(), Is.EqualTo("Proposal payload is empty"));
    }

    [Test]
    public async Task Transaction_UndecodableInput_AnsweredWithError()
    {
        await using var harness = await ShimHarness.StartAsync(_ => Task.FromResult(ChaincodeResponses.Success()));
        var transaction = ShimHarness.Transaction("Ping");
        transaction.Payload = ByteString.CopyFrom(0xFF, 0xFF, 0xFF);

        await harness.Peer.SendAsync(transaction);
        var error = await harness.Peer.ExpectAsync(MessageType.Error);

        Assert.That(error.Txid, Is.EqualTo(transaction.Txid));
    }

    [Test]
    public async Task Transaction_ChaincodeThrows_AnsweredWithErrorCarryingMessage()
    {
        await using var harness = await ShimHarness.StartAsync(_ => throw new InvalidOperationException("boom"));
        var transaction = ShimHarness.Transaction("Ping");

        await harness.Peer.SendAsync(transaction);
        var error = await harness.Peer.ExpectAsync(MessageType.Error);

        Assert.That(error.Payload.ToStringUtf8(), Is.EqualTo("boom"));
        Assert.That(error.Txid, Is.EqualTo(transaction.Txid));
    }

    [Test]
    public async Task Init_Message_RunsInitAndAnswersCompleted()
    {
        var chaincode = new InitProbe();
        await using var harness = await ShimHarness.StartAsync(chaincode);
        var (proposal, txId) = TestIdentity.Proposals.Create(ShimHarness.Channel, ["InitLedger"], ShimHarness.Timestamp);

        await harness.Peer.SendAsync(Messages.Transaction(ShimHarness.Channel, txId, proposal, ["InitLedger"], MessageType.Init));
        var end = await harness.Peer.ExpectAsync(MessageType.Completed);

        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("init:InitLedger"));
    }

    [Test]
    public async Task Transactions_150ConcurrentOnOneStream_EachCompletesWithItsOwnResult()
    {
        const int count = 150;
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            var key = stub.Parameters[0];
            var value = await stub.GetStateAsync(key);
            await stub.PutStateAsync(key, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(value) + "+" + stub.TxId[..8]));
            return ChaincodeResponses.Success(Encoding.UTF8.GetString(value));
        });
        var ledger = new InMemoryLedger();
        var transactions = Enumerable.Range(0, count).Select(i => ShimHarness.Transaction("Bump", $"key{i}")).ToList();
        for (var i = 0; i < count; i++)
        {
            ledger.Seed($"key{i}", $"v{i}");
        }

        await Task.WhenAll(transactions.Select(harness.Peer.SendAsync));
        var ends = await harness.Peer.ServeAsync(ledger, count);

        var byTx = ends.ToDictionary(e => e.Txid);
        Assert.That(byTx, Has.Count.EqualTo(count));
        for (var i = 0; i < count; i++)
        {
            var end = byTx[transactions[i].Txid];
            Assert.That(end.ChannelId, Is.EqualTo(ShimHarness.Channel));
            Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo($"v{i}"));
            Assert.That(Encoding.UTF8.GetString(ledger.Read($"key{i}")!), Is.EqualTo($"v{i}+{transactions[i].Txid[..8]}"));
        }
    }

    [Test]
    public async Task Transactions_SameTxIdOnTwoChannels_RunIndependently()
    {
        await using var harness = await ShimHarness.StartAsync(async stub =>
            ChaincodeResponses.Success(stub.ChannelId + ":" + Encoding.UTF8.GetString(await stub.GetStateAsync("k"))));
        var (proposal, _) = TestIdentity.Proposals.Create(ShimHarness.Channel, ["Read"], ShimHarness.Timestamp);

        await harness.Peer.SendAsync(Messages.Transaction("ch1", "same", proposal, ["Read"]));
        await harness.Peer.SendAsync(Messages.Transaction("ch2", "same", proposal, ["Read"]));
        var first = await harness.Peer.ExpectAsync(MessageType.GetState);
        var second = await harness.Peer.ExpectAsync(MessageType.GetState);
        await harness.Peer.RespondAsync(second, ByteString.CopyFromUtf8(second.ChannelId));
        await harness.Peer.RespondAsync(first, ByteString.CopyFromUtf8(first.ChannelId));
        var ends = new[] { await harness.Peer.ExpectAsync(MessageType.Completed), await harness.Peer.ExpectAsync(MessageType.Completed) };

        Assert.That(
            ends.Select(e => Messages.ResponseOf(e).Payload.ToStringUtf8()),
            Is.EquivalentTo(new[] { "ch1:ch1", "ch2:ch2" }));
    }

    [Test]
    public async Task Transaction_DuplicateTxIdWhileInFlight_SecondAnsweredWithError()
    {
        await using var harness = await ShimHarness.StartAsync(async stub =>
            ChaincodeResponses.Success(await stub.GetStateAsync("k")));
        var transaction = ShimHarness.Transaction("Read");

        await harness.Peer.SendAsync(transaction);
        var request = await harness.Peer.ExpectAsync(MessageType.GetState);
        await harness.Peer.SendAsync(transaction);
        var duplicate = await harness.Peer.ExpectAsync(MessageType.Error);
        await harness.Peer.RespondAsync(request, ByteString.CopyFromUtf8("v"));
        var end = await harness.Peer.ExpectAsync(MessageType.Completed);

        Assert.That(duplicate.Txid, Is.EqualTo(transaction.Txid));
        Assert.That(duplicate.Payload.ToStringUtf8(), Does.Contain("already running"));
        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("v"));
    }

    [Test]
    public async Task Requests_IssuedConcurrentlyInOneTransaction_GoOutOneAtATime()
    {
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            var values = await Task.WhenAll(stub.GetStateAsync("a"), stub.GetStateAsync("b"));
            return ChaincodeResponses.Success(string.Join(",", values.Select(v => Encoding.UTF8.GetString(v))));
        });

        await harness.Peer.SendAsync(ShimHarness.Transaction("Read"));
        var first = await harness.Peer.ExpectAsync(MessageType.GetState);
        var silentWhileOutstanding = await harness.Peer.IsSilentAsync(TimeSpan.FromMilliseconds(300));
        await harness.Peer.RespondAsync(first, ByteString.CopyFromUtf8("1"));
        var second = await harness.Peer.ExpectAsync(MessageType.GetState);
        await harness.Peer.RespondAsync(second, ByteString.CopyFromUtf8("2"));
        var end = await harness.Peer.ExpectAsync(MessageType.Completed);

        Assert.That(silentWhileOutstanding, Is.True);
        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("1,2"));
    }

    [Test]
    public async Task PeerError_ReplyToGetState_SurfacesAsPeerRequestException()
    {
        var caught = new ConcurrentBag<PeerRequestException>();
        await using var harness = await ShimHarness.StartAsync(async stub =>
        {
            try
            {
                await stub.GetStateAsync("k");
                return ChaincodeResponses.Success();
            }
            catch (PeerRequestException ex)
            {
                caught.Add(ex);
                return ChaincodeResponses.Error(ex.Message);
            }
        });

        await harness.Peer.SendAsync(ShimHarness.Transaction("Read"));
        var request = await harness.Peer.ExpectAsync(MessageType.GetState);
        await harness.Peer.RespondErrorAsync(request, "GET_STATE failed: no read access");
        var end = await harness.Peer.ExpectAsync(MessageType.Completed);

        Assert.That(Messages.ResponseOf(end).Status, Is.EqualTo(500));
        Assert.That(Messages.ResponseOf(end).Message, Is.EqualTo("GET_STATE failed: no read access"));
        Assert.That(caught.Single().RequestType, Is.EqualTo(MessageType.GetState));
        Assert.That(caught.Single().TxId, Is.EqualTo(request.Txid));
    }

    [Test]
    public async Task PeerReply_WrongChannel_IsDroppedAndRightReplyCompletes()
    {
        await using var harness = await ShimHarness.StartAsync(async stub => ChaincodeResponses.Success(await stub.GetStateAsync("k")));

        await harness.Peer.SendAsync(ShimHarness.Transaction("Read"));
        var request = await harness.Peer.ExpectAsync(MessageType.GetState);
        await harness.Peer.SendAsync(new ChaincodeMessage { Type = MessageType.Response, Txid = request.Txid, ChannelId = "other", Payload = ByteString.CopyFromUtf8("wrong") });
        await harness.Peer.RespondAsync(request, ByteString.CopyFromUtf8("right"));
        var end = await harness.Peer.ExpectAsync(MessageType.Completed);

        Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("right"));
    }

    private sealed class InitProbe : IChaincode
    {
        public Task<Response> InitAsync(IChaincodeStub stub) => Task.FromResult(ChaincodeResponses.Success("init:" + stub.FunctionName));

        public Task<Response> InvokeAsync(IChaincodeStub stub) => Task.FromResult(ChaincodeResponses.Success("invoke:" + stub.FunctionName));
    }
}
