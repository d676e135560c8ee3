using Fabric.Protos.Common;
using Fabric.Protos.GatewayApi;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Core;

namespace MutualAid.DevNetwork.Tests.Gateway;

/// <summary>The gateway service end to end over gRPC, with good and bad input.</summary>
[NonParallelizable]
[CancelAfter(60_000)]
public class GatewayServiceTests
{
    private GatewayFixture _fixture = null!;

    [OneTimeSetUp]
    public async Task Start() => _fixture = await GatewayFixture.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _fixture.DisposeAsync();

    [Test]
    public async Task EndorseSubmitCommitStatus_ValidTransaction_CommitsAndChangesState()
    {
        var (code, block, _) = await SubmitAsync("put", "a", "1");

        Assert.That(code, Is.EqualTo(TxValidationCode.Valid));
        Assert.That(block, Is.GreaterThan(0UL));
        Assert.That(await EvaluateAsync("get", "a"), Is.EqualTo("1"));
    }

    [Test]
    public async Task InvokeChaincode_OtherChaincodeWritesItsOwnNamespaceInSameTransaction()
    {
        var (code, _, _) = await SubmitAsync("invoke", "kv2", "put", "called", "yes");

        var state = _fixture.Host.Network.Channels["mutualaid"].Ledger.State;
        Assert.That(code, Is.EqualTo(TxValidationCode.Valid));
        Assert.That(state.Get("kv2", "called")?.Value, Is.EqualTo("yes"u8.ToArray()));
        Assert.That(state.Get("kv", "called"), Is.Null);
    }

    [Test]
    public void Endorse_UnsignedProposal_InvalidArgument()
    {
        var error = Assert.ThrowsAsync<RpcException>(async () =>
        {
            var (proposal, txId) = await TestProposals.CreateAsync(_fixture.User(), "kv", ["put", "x", "1"]);
            proposal.Signature = ByteString.Empty;
            await _fixture.Gateway().EndorseAsync(new EndorseRequest { TransactionId = txId, ChannelId = "mutualaid", ProposedTransaction = proposal });
        });

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
    }

    [Test]
    public void Evaluate_GarbageProposalBytes_InvalidArgument()
    {
        var proposal = new SignedProposal { ProposalBytes = ByteString.CopyFrom(0xFF, 0xFF, 0x01), Signature = ByteString.CopyFrom(1) };

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await _fixture.Gateway().EvaluateAsync(new EvaluateRequest { ChannelId = "mutualaid", ProposedTransaction = proposal }));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
    }

    [Test]
    public void Evaluate_WrongTxId_FailedPreconditionWithDetail()
    {
        var error = Assert.ThrowsAsync<RpcException>(async () =>
        {
            var (proposal, _) = await TestProposals.CreateAsync(_fixture.User(), "kv", ["get", "a"], tamper: h => h.TxId = "0123");
            await _fixture.Gateway().EvaluateAsync(new EvaluateRequest { ChannelId = "mutualaid", ProposedTransaction = proposal });
        });

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(ErrorDetails(error).Single().Message, Does.Contain("incorrectly computed txid"));
    }

    [Test]
    public void Evaluate_HighSSignature_Refused()
    {
        var error = Assert.ThrowsAsync<RpcException>(async () =>
        {
            var (proposal, _) = await TestProposals.CreateAsync(_fixture.User(), "kv", ["get", "a"]);
            proposal.Signature = TestProposals.HighS(proposal.Signature);
            await _fixture.Gateway().EvaluateAsync(new EvaluateRequest { ChannelId = "mutualaid", ProposedTransaction = proposal });
        });

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(ErrorDetails(error).Single().Message, Does.Contain("signature"));
    }

    [Test]
    public async Task Evaluate_CertificateFromUnknownCa_Refused()
    {
        var stranger = StrangerCredentials.InsurerLookalike();
        var (proposal, _) = await TestProposals.CreateAsync(stranger, "kv", ["get", "a"]);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await _fixture.Gateway().EvaluateAsync(new EvaluateRequest { ChannelId = "mutualaid", ProposedTransaction = proposal }));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(ErrorDetails(error).Single().Message, Does.Contain("UNKNOWN_CA"));
    }

    [Test]
    public async Task Endorse_ChaincodeStatus500_AbortedWithChaincodeMessage()
    {
        var (proposal, txId) = await TestProposals.CreateAsync(_fixture.User(), "kv", ["fail", "boom"]);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await _fixture.Gateway().EndorseAsync(new EndorseRequest { TransactionId = txId, ChannelId = "mutualaid", ProposedTransaction = proposal }));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Aborted));
        var detail = ErrorDetails(error).Single();
        Assert.That(detail.Message, Is.EqualTo("chaincode response 500, boom"));
        Assert.That(detail.MspId, Is.EqualTo("InsurerMSP"));
    }

    [Test]
    public async Task Evaluate_ChaincodeAnswersError_AbortedAsPeerFailure()
    {
        var (proposal, _) = await TestProposals.CreateAsync(_fixture.User(), "kv", ["error", "crashed"]);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await _fixture.Gateway().EvaluateAsync(new EvaluateRequest { ChannelId = "mutualaid", ProposedTransaction = proposal }));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Aborted));
        Assert.That(ErrorDetails(error).Single().Message, Is.EqualTo("transaction returned with failure: crashed"));
    }

    [Test]
    public async Task Endorse_UndefinedChaincode_Aborted()
    {
        var (proposal, txId) = await TestProposals.CreateAsync(_fixture.User(), "nope", ["get", "a"]);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await _fixture.Gateway().EndorseAsync(new EndorseRequest { TransactionId = txId, ChannelId = "mutualaid", ProposedTransaction = proposal }));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Aborted));
        Assert.That(ErrorDetails(error).Single().Message, Does.Contain("chaincode nope not found"));
    }

    [Test]
    public async Task Endorse_OnlyOneOrganizationAllowed_CannotSatisfyPolicy()
    {
        var (proposal, txId) = await TestProposals.CreateAsync(_fixture.User(), "kv", ["put", "solo", "1"]);
        var request = new EndorseRequest { TransactionId = txId, ChannelId = "mutualaid", ProposedTransaction = proposal, EndorsingOrganizations = { "InsurerMSP" } };

        var error = Assert.ThrowsAsync<RpcException>(async () => await _fixture.Gateway().EndorseAsync(request));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Aborted));
        Assert.That(error.Status.Detail, Does.StartWith("failed to collect enough transaction endorsements"));
    }

    [Test]
    public async Task Submit_EndorsementRemoved_CommitsAsEndorsementPolicyFailure()
    {
        var envelope = await EndorseAsync("put", "stripped", "1");
        var payload = Payload.Parser.ParseFrom(envelope.PreparedTransaction.Payload);
        var transaction = Transaction.Parser.ParseFrom(payload.Data);
        var action = ChaincodeActionPayload.Parser.ParseFrom(transaction.Actions[0].Payload);
        action.Action.Endorsements.RemoveAt(1);
        transaction.Actions[0].Payload = action.ToByteString();
        payload.Data = transaction.ToByteString();

        var (code, _, _) = await SubmitEnvelopeAsync(new Envelope { Payload = payload.ToByteString() }, envelope.TxId);

        Assert.That(code, Is.EqualTo(TxValidationCode.EndorsementPolicyFailure));
        Assert.That(await EvaluateAsync("get", "stripped"), Is.Empty, "an invalid transaction changes nothing");
    }

    [Test]
    public async Task Submit_SameTransactionTwice_SecondIsDuplicateTxid()
    {
        var (code, block, signed) = await SubmitAsync("put", "twice", "1");
        await _fixture.Gateway().SubmitAsync(new SubmitRequest { TransactionId = signed.TxId, ChannelId = "mutualaid", PreparedTransaction = signed.Envelope });
        var ledger = _fixture.Host.Network.Channels["mutualaid"].Ledger;
        await ledger.WaitForHeightAboveAsync(block + 1, CancellationToken.None);

        var later = ledger.GetBlock(block + 1);
        Assert.That(code, Is.EqualTo(TxValidationCode.Valid));
        Assert.That(MutualAid.DevNetwork.Ledger.ChannelLedger.ValidationCodes(later), Is.EqualTo(new[] { TxValidationCode.DuplicateTxid }));
    }

    [Test]
    public async Task Endorse_ProposalAlreadyCommitted_RefusedAsDuplicate()
    {
        var (proposal, txId) = await TestProposals.CreateAsync(_fixture.User(), "kv", ["put", "replay", "1"]);
        await SubmitProposalAsync(proposal, txId);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await _fixture.Gateway().EndorseAsync(new EndorseRequest { TransactionId = txId, ChannelId = "mutualaid", ProposedTransaction = proposal }));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Aborted));
        Assert.That(ErrorDetails(error).Single().Message, Does.Contain("duplicate transaction found"));
    }

    [Test]
    public async Task Submit_UnsignedOrOversized_Refused()
    {
        var envelope = await EndorseAsync("put", "big", "1");
        var unsigned = Assert.ThrowsAsync<RpcException>(async () =>
            await _fixture.Gateway().SubmitAsync(new SubmitRequest { TransactionId = envelope.TxId, ChannelId = "mutualaid", PreparedTransaction = envelope.PreparedTransaction }));
        var huge = new Envelope { Payload = ByteString.CopyFrom(new byte[11 * 1024 * 1024]), Signature = ByteString.CopyFrom(1) };
        var oversized = Assert.ThrowsAsync<RpcException>(async () =>
            await _fixture.Gateway().SubmitAsync(new SubmitRequest { TransactionId = "x", ChannelId = "mutualaid", PreparedTransaction = huge }));

        Assert.That(unsigned!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(unsigned.Status.Detail, Is.EqualTo("prepared transaction must be signed"));
        Assert.That(oversized!.StatusCode, Is.EqualTo(StatusCode.Aborted));
        Assert.That(oversized.Status.Detail, Does.Contain("REQUEST_ENTITY_TOO_LARGE"));
    }

    [Test]
    public async Task CommitStatus_UnknownTransaction_WaitsUntilDeadline()
    {
        var user = _fixture.User();
        var request = new CommitStatusRequest { ChannelId = "mutualaid", TransactionId = "f00d", Identity = ByteString.CopyFrom(user.Identity.Serialized.Span) }.ToByteString();
        var signed = new SignedCommitStatusRequest { Request = request, Signature = ByteString.CopyFrom(await user.SignAsync(request.Memory)) };

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await _fixture.Gateway().CommitStatusAsync(signed, deadline: DateTime.UtcNow.AddMilliseconds(300)));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.DeadlineExceeded));
    }

    [Test]
    public async Task CommitStatus_BadRequestSignature_PermissionDenied()
    {
        var user = _fixture.User();
        var request = new CommitStatusRequest { ChannelId = "mutualaid", TransactionId = "f00d", Identity = ByteString.CopyFrom(user.Identity.Serialized.Span) }.ToByteString();
        var signed = new SignedCommitStatusRequest { Request = request, Signature = ByteString.CopyFrom(await user.SignAsync(new byte[] { 1, 2, 3 })) };

        var error = Assert.ThrowsAsync<RpcException>(async () => await _fixture.Gateway().CommitStatusAsync(signed));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
    }

    private async Task<string> EvaluateAsync(params string[] args)
    {
        var (proposal, txId) = await TestProposals.CreateAsync(_fixture.User(), "kv", args);
        var response = await _fixture.Gateway().EvaluateAsync(new EvaluateRequest { TransactionId = txId, ChannelId = "mutualaid", ProposedTransaction = proposal });
        return response.Result.Payload.ToStringUtf8();
    }

    private async Task<(EndorseResponse Response, string TxId)> EndorseAsyncCore(SignedProposal proposal, string txId) =>
        (await _fixture.Gateway().EndorseAsync(new EndorseRequest { TransactionId = txId, ChannelId = "mutualaid", ProposedTransaction = proposal }), txId);

    private async Task<(Envelope PreparedTransaction, string TxId)> EndorseAsync(params string[] args)
    {
        var (proposal, txId) = await TestProposals.CreateAsync(_fixture.User(), "kv", args);
        var (response, _) = await EndorseAsyncCore(proposal, txId);
        return (response.PreparedTransaction, txId);
    }

    private async Task<(TxValidationCode Code, ulong Block, (Envelope Envelope, string TxId) Signed)> SubmitAsync(params string[] args)
    {
        var (proposal, txId) = await TestProposals.CreateAsync(_fixture.User(), "kv", args);
        return await SubmitProposalAsync(proposal, txId);
    }

    private async Task<(TxValidationCode Code, ulong Block, (Envelope Envelope, string TxId) Signed)> SubmitProposalAsync(SignedProposal proposal, string txId)
    {
        var (response, _) = await EndorseAsyncCore(proposal, txId);
        var (code, block, envelope) = await SubmitEnvelopeAsync(response.PreparedTransaction, txId);
        return (code, block, (envelope, txId));
    }

    private async Task<(TxValidationCode Code, ulong Block, Envelope Envelope)> SubmitEnvelopeAsync(Envelope unsigned, string txId)
    {
        var user = _fixture.User();
        var envelope = await TestProposals.SignAsync(unsigned, user);
        await _fixture.Gateway().SubmitAsync(new SubmitRequest { TransactionId = txId, ChannelId = "mutualaid", PreparedTransaction = envelope });
        var status = await GatewayCalls.CommitStatusAsync(_fixture.Gateway(), user, txId);
        return (status.Result, status.BlockNumber, envelope);
    }

    private static List<ErrorDetail> ErrorDetails(RpcException error)
    {
        var bytes = error.Trailers.GetValueBytes("grpc-status-details-bin");
        Assert.That(bytes, Is.Not.Null, "the error carries grpc-status-details-bin");
        var status = Fabric.Protos.Rpc.Status.Parser.ParseFrom(bytes);
        return status.Details.Select(d => d.Unpack<ErrorDetail>()).ToList();
    }
}
