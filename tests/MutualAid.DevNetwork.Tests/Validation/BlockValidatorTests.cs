using Fabric.Protos.Common;
using Fabric.Protos.GatewayApi;
using Fabric.Protos.Peer;
using Google.Protobuf;
using MutualAid.DevNetwork.Tests.Gateway;
using MutualAid.DevNetwork.Validation;

namespace MutualAid.DevNetwork.Tests.Validation;

/// <summary>
/// Commit-time validation codes for transactions that ordering would normally keep out, checked by
/// handing crafted blocks straight to the committer's validator.
/// </summary>
[NonParallelizable]
[CancelAfter(60_000)]
public class BlockValidatorTests
{
    private GatewayFixture _fixture = null!;

    [OneTimeSetUp]
    public async Task Start() => _fixture = await GatewayFixture.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _fixture.DisposeAsync();

    [Test]
    public async Task Validate_EachKindOfFault_GetsFabricsCode()
    {
        var valid = await SignedAsync("put", "v1", "1");
        var badSignature = await SignedAsync("put", "v2", "1");
        badSignature.Signature = TestProposals.HighS(badSignature.Signature);
        var wrongTxId = await RewrittenAsync(h => h.TxId = new string('0', 64));
        var otherChannel = await RewrittenAsync(h => h.ChannelId = "elsewhere");
        var badHash = await SignedAsync("put", "v3", "1", tamperResponse: true);
        var garbage = new Envelope { Payload = ByteString.CopyFrom(1, 2, 3), Signature = ByteString.CopyFrom(4) };

        var block = TestEnvelopes.Block(_fixture.Host.Network.Channels["mutualaid"].Ledger.Height, [],
            [valid.ToByteString(), valid.ToByteString(), badSignature.ToByteString(), wrongTxId.ToByteString(), otherChannel.ToByteString(), badHash.ToByteString(), garbage.ToByteString()],
            []);
        var codes = Validator().Validate(block).Codes;

        Assert.That(codes, Is.EqualTo(new[]
        {
            TxValidationCode.Valid,
            TxValidationCode.DuplicateTxid,
            TxValidationCode.BadCreatorSignature,
            TxValidationCode.BadProposalTxid,
            TxValidationCode.TargetChainNotFound,
            TxValidationCode.InvalidEndorserTransaction,
            TxValidationCode.BadPayload,
        }));
    }

    [Test]
    public async Task OrdererSignature_OverMetadataAndHeader_VerifiesWithOrdererIdentity()
    {
        await SubmitAsync("put", "signed-block", "1");
        var ledger = _fixture.Host.Network.Channels["mutualaid"].Ledger;
        var block = ledger.GetBlock(ledger.Height - 1);

        var metadata = Metadata.Parser.ParseFrom(block.Metadata.Metadata[(int)BlockMetadataIndex.Signatures]);
        var signature = metadata.Signatures.Single();
        var orderer = Fabric.Msp.Identities.X509Identity.Deserialize(SignatureHeader.Parser.ParseFrom(signature.SignatureHeader).Creator.Span);
        var header = MutualAid.DevNetwork.Blocks.BlockHashing.HeaderBytes(block.Header.Number, block.Header.PreviousHash.Span, block.Header.DataHash.Span);
        byte[] signed = [.. metadata.Value.Span, .. signature.SignatureHeader.Span, .. header];

        Assert.That(orderer.MspId, Is.EqualTo("OrdererMSP"));
        Assert.That(_fixture.Host.Network.Membership.Verify(orderer, signed, signature.Signature.Span), Is.True);
        Assert.That(OrdererBlockMetadata.Parser.ParseFrom(metadata.Value).LastConfig.Index, Is.Zero);
    }

    private BlockValidator Validator() => new(_fixture.Host.Network.Membership, _fixture.Host.Network.Channels["mutualaid"]);

    private async Task<Envelope> SignedAsync(string function, string key, string value, bool tamperResponse = false)
    {
        var (proposal, txId) = await TestProposals.CreateAsync(_fixture.User(), "kv", [function, key, value]);
        var endorsed = await _fixture.Gateway().EndorseAsync(new EndorseRequest { TransactionId = txId, ChannelId = "mutualaid", ProposedTransaction = proposal });
        var envelope = endorsed.PreparedTransaction;
        if (tamperResponse)
        {
            // A different proposal payload under the same signatures: the proposal hash no longer matches.
            var payload = Payload.Parser.ParseFrom(envelope.Payload);
            var transaction = Transaction.Parser.ParseFrom(payload.Data);
            var action = ChaincodeActionPayload.Parser.ParseFrom(transaction.Actions[0].Payload);
            action.ChaincodeProposalPayload = ByteString.CopyFromUtf8("other input");
            transaction.Actions[0].Payload = action.ToByteString();
            payload.Data = transaction.ToByteString();
            envelope = new Envelope { Payload = payload.ToByteString() };
        }

        return await TestProposals.SignAsync(envelope, _fixture.User());
    }

    /// <summary>An endorsed transaction whose channel header is then rewritten and re-signed by its creator.</summary>
    private async Task<Envelope> RewrittenAsync(Action<ChannelHeader> rewrite)
    {
        var envelope = await SignedAsync("put", "rewritten", "1");
        var payload = Payload.Parser.ParseFrom(envelope.Payload);
        var header = ChannelHeader.Parser.ParseFrom(payload.Header.ChannelHeader);
        rewrite(header);
        payload.Header.ChannelHeader = header.ToByteString();
        return await TestProposals.SignAsync(new Envelope { Payload = payload.ToByteString() }, _fixture.User());
    }

    private async Task SubmitAsync(params string[] args)
    {
        var (proposal, txId) = await TestProposals.CreateAsync(_fixture.User(), "kv", args);
        var endorsed = await _fixture.Gateway().EndorseAsync(new EndorseRequest { TransactionId = txId, ChannelId = "mutualaid", ProposedTransaction = proposal });
        await GatewayCalls.SubmitAndWaitAsync(_fixture.Gateway(), _fixture.User(), endorsed.PreparedTransaction, txId);
    }
}
