using Fabric.Msp.MspFolders;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Google.Protobuf;
using MutualAid.Gateway.Audit;
using MutualAid.Gateway.Demo;
using MutualAid.Gateway.Invocation;

namespace MutualAid.Gateway.Tests.Audit;

/// <summary>
/// The block-range audit: over HTTP after a claim walk (no break), and the verifier alone on real blocks of the
/// embedded network, each tampered in one way, reporting the first break at the right block and check.
/// </summary>
public sealed class AuditTests
{
    private static string OrdererFolder => Path.Combine(GatewayFixture.Deployment.DataDirectory, "organizations", "ordererOrganizations", "example.com");

    [Test, CancelAfter(60_000)]
    public async Task AuditBlocks_AfterClaimWalk_ReportsNoBreak(CancellationToken cancellationToken)
    {
        var walk = new ClaimWalkthrough(GatewayFixture.Client, TextWriter.Null);
        await walk.RunAsync(cancellationToken);
        var height = (await ReadBlocksAsync(0, cancellationToken)).Count;

        var report = (await GatewayFixture.Client("RegulatorMSP", "Auditor").GetAsync($"/api/v1/audit/blocks?from=0&to={height - 1}", cancellationToken)).EnsureSuccess();
        var middle = (await GatewayFixture.Client("NgoMSP", "Auditor").GetAsync($"/api/v1/audit/blocks?from=2&to={height - 1}", cancellationToken)).EnsureSuccess();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report["firstBreak"], Is.Null, report.ToJsonString());
            Assert.That(report["intact"]!.GetValue<bool>(), Is.True);
            Assert.That(report["blocksChecked"]!.GetValue<int>(), Is.EqualTo(height));
            Assert.That(report["lastBlock"]!.GetValue<ulong>(), Is.EqualTo((ulong)height - 1));
            Assert.That(report["transactionsChecked"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(8), "the walk's writes at least");
            Assert.That(report["valid"]!.GetValue<int>(), Is.EqualTo(report["validationCodes"]!["VALID"]!.GetValue<int>()));
            Assert.That(report["valid"]!.GetValue<int>() + report["invalid"]!.GetValue<int>(), Is.EqualTo(report["transactionsChecked"]!.GetValue<int>() + 1),
                "one code per transaction, the genesis configuration included");
            Assert.That(middle["firstBreak"], Is.Null, middle.ToJsonString());
            Assert.That(middle["blocksChecked"]!.GetValue<int>(), Is.EqualTo(height - 2));
        }
    }

    [Test, CancelAfter(10_000)]
    public async Task AuditBlocks_RangeReversed_Returns400Problem(CancellationToken cancellationToken)
    {
        var result = await GatewayFixture.Client("RegulatorMSP", "Auditor").GetAsync("/api/v1/audit/blocks?from=5&to=2", cancellationToken);

        Assert.That(result.Code, Is.EqualTo("INVALID_REQUEST"));
    }

    [Test, CancelAfter(10_000)]
    public async Task AuditBlocks_BeyondTheChain_StopsAtTheEnd(CancellationToken cancellationToken)
    {
        var report = (await GatewayFixture.Client("InsurerMSP", "Auditor").GetAsync("/api/v1/audit/blocks?from=0&to=9000", cancellationToken)).EnsureSuccess();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report["reachedEnd"]!.GetValue<bool>(), Is.True);
            Assert.That(report["firstBreak"], Is.Null);
            Assert.That(report["blocksChecked"]!.GetValue<int>(), Is.GreaterThan(1));
        }
    }

    [TestCase("envelope", AuditCheck.DataHash)]
    [TestCase("previous-hash", AuditCheck.PreviousHash)]
    [TestCase("orderer-signature", AuditCheck.OrdererSignature)]
    [TestCase("foreign-signer", AuditCheck.OrdererSignature)]
    [TestCase("creator-signature", AuditCheck.CreatorSignature)]
    [TestCase("endorsement-signature", AuditCheck.EndorsementSignature)]
    [TestCase("filter", AuditCheck.TransactionsFilter)]
    [CancelAfter(30_000)]
    public async Task Verifier_TamperedBlock_ReportsFirstBreakAtThatBlock(string tampering, string check, CancellationToken cancellationToken)
    {
        await new ClaimWalkthrough(GatewayFixture.Client, TextWriter.Null).RunAsync(cancellationToken);
        var blocks = await ReadBlocksAsync(0, cancellationToken);
        var target = blocks.FindLastIndex(b => b.Data.Data.Count > 0 && IsEndorserTransaction(b.Data.Data[0])) - 1;
        target = blocks.FindLastIndex(target, b => b.Data.Data.Count > 0 && IsEndorserTransaction(b.Data.Data[0]));
        Assert.That(target, Is.GreaterThan(0));
        blocks[target] = await TamperAsync(blocks[target], tampering);

        var verifier = new BlockRangeVerifier(MspFolderReader.ReadDefinition(Path.Combine(OrdererFolder, "msp"), "OrdererMSP"));
        var checkedAll = blocks.All(verifier.Check);
        var report = verifier.Report(0, (ulong)blocks.Count - 1, reachedEnd: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(checkedAll, Is.False);
            Assert.That(report.FirstBreak?.Block, Is.EqualTo((ulong)target));
            Assert.That(report.FirstBreak?.Check, Is.EqualTo(check), report.FirstBreak?.Detail);
            Assert.That(report.BlocksChecked, Is.EqualTo(target), "the blocks before the break passed");
            Assert.That(report.Intact, Is.False);
        }
    }

    [Test, CancelAfter(30_000)]
    public async Task Verifier_TransactionRestampedHoursEarlierAndResigned_IntactButReportedWithItsCreator(CancellationToken cancellationToken)
    {
        await new ClaimWalkthrough(GatewayFixture.Client, TextWriter.Null).RunAsync(cancellationToken);
        var blocks = await ReadBlocksAsync(0, cancellationToken);
        var target = blocks.FindLastIndex(b => b.Data.Data.Count > 0 && IsEndorserTransaction(b.Data.Data[0]));
        blocks.RemoveRange(target + 1, blocks.Count - target - 1);
        var (restamped, transactionId, creatorMsp) = await RestampAsync(blocks[target].Data.Data[0], TimeSpan.FromHours(-2));
        blocks[target] = blocks[target].Clone();
        blocks[target].Data.Data[0] = restamped;
        blocks[target] = await ResignAsync(blocks[target], null, "OrdererMSP");

        var verifier = new BlockRangeVerifier(MspFolderReader.ReadDefinition(Path.Combine(OrdererFolder, "msp"), "OrdererMSP"));
        var checkedAll = blocks.All(verifier.Check);
        var report = verifier.Report(0, (ulong)target, reachedEnd: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(checkedAll, Is.True, report.FirstBreak?.ToString());
            Assert.That(report.Intact, Is.True, "hashes and signatures hold: the time is the only evidence");
            Assert.That(report.TimeFindings.Select(f => (f.Block, f.TransactionId, f.Kind, f.CreatorMspId)),
                Is.EqualTo(new[] { ((ulong)target, transactionId, TimeFindingKind.Backdated, creatorMsp) }));
            Assert.That(report.TimeFindings[0].Creator, Does.Contain("CN="));
        }
    }

    [Test, CancelAfter(60_000)]
    public async Task AuditBlocks_HonestChain_ReportsNoTimeFinding(CancellationToken cancellationToken)
    {
        await new ClaimWalkthrough(GatewayFixture.Client, TextWriter.Null).RunAsync(cancellationToken);

        var report = (await GatewayFixture.Client("RegulatorMSP", "Auditor").GetAsync("/api/v1/audit/blocks?from=0&to=9999", cancellationToken)).EnsureSuccess();

        Assert.That(report["timeFindings"]!.AsArray(), Is.Empty, report.ToJsonString());
    }

    [Test, CancelAfter(30_000)]
    public async Task Verifier_UntamperedBlocks_PassEveryCheck(CancellationToken cancellationToken)
    {
        var blocks = await ReadBlocksAsync(0, cancellationToken);
        var verifier = new BlockRangeVerifier(MspFolderReader.ReadDefinition(Path.Combine(OrdererFolder, "msp"), "OrdererMSP"));

        Assert.That(blocks.All(verifier.Check), Is.True, verifier.FirstBreak?.ToString());
    }

    /// <summary>Every block from <paramref name="from"/> to the current end of the chain, through Deliver as the regulator's auditor.</summary>
    private static async Task<List<Block>> ReadBlocksAsync(ulong from, CancellationToken cancellationToken)
    {
        var gatewayDirectory = GatewayFixture.Deployment.GatewayDirectory;
        var wallet = Wallet.Load(Path.Combine(gatewayDirectory, "RegulatorMSP", "wallet"), "RegulatorMSP");
        var peer = GatewayFixture.Deployment.Network.Network.Peers.First(p => p.MspId == "RegulatorMSP");
        using var connection = new FabricConnection(wallet, "http://" + peer.Address, null, null, "mutualaid", "mutualaid", 1, GatewayFixture.Deployment.Clock);
        var network = connection.NetworkFor(wallet.Identities.First());
        var blocks = new List<Block>();
        await BlockRangeReader.ReadAsync(network, from, ulong.MaxValue, TimeSpan.FromSeconds(1), block =>
        {
            blocks.Add(block);
            return true;
        }, cancellationToken);
        return blocks;
    }

    private static bool IsEndorserTransaction(ByteString envelope) =>
        ChannelHeader.Parser.ParseFrom(Payload.Parser.ParseFrom(Envelope.Parser.ParseFrom(envelope).Payload).Header.ChannelHeader).Type == (int)HeaderType.EndorserTransaction;

    private static async Task<Block> TamperAsync(Block original, string tampering)
    {
        var block = original.Clone();
        switch (tampering)
        {
            case "envelope":
                block.Data.Data[0] = Flip(block.Data.Data[0], block.Data.Data[0].Length / 2);
                return block;
            case "previous-hash":
                block.Header.PreviousHash = Flip(block.Header.PreviousHash, 0);
                return block;
            case "orderer-signature":
                var metadata = Metadata.Parser.ParseFrom(block.Metadata.Metadata[(int)BlockMetadataIndex.Signatures]);
                metadata.Signatures[0].Signature = Flip(metadata.Signatures[0].Signature, metadata.Signatures[0].Signature.Length - 1);
                block.Metadata.Metadata[(int)BlockMetadataIndex.Signatures] = metadata.ToByteString();
                return block;
            case "foreign-signer":
                return await ResignAsync(block, Path.Combine(GatewayFixture.Deployment.DataDirectory, "gateway", "InsurerMSP", "wallet"), "InsurerMSP");
            case "creator-signature":
                var envelope = Envelope.Parser.ParseFrom(block.Data.Data[0]);
                envelope.Signature = Flip(envelope.Signature, envelope.Signature.Length - 1);
                block.Data.Data[0] = envelope.ToByteString();
                return await ResignAsync(block, null, "OrdererMSP");
            case "endorsement-signature":
                block.Data.Data[0] = await TamperEndorsementAsync(block.Data.Data[0]);
                return await ResignAsync(block, null, "OrdererMSP");
            case "filter":
                block.Metadata.Metadata[(int)BlockMetadataIndex.TransactionsFilter] = ByteString.Empty;
                return block;
            default:
                throw new ArgumentOutOfRangeException(nameof(tampering), tampering, null);
        }
    }

    /// <summary>Flips one bit of an endorsement signature, keeping the creator's signature as it was (so only the endorsement check can fail).</summary>
    private static async Task<ByteString> TamperEndorsementAsync(ByteString envelopeBytes)
    {
        var envelope = Envelope.Parser.ParseFrom(envelopeBytes);
        var payload = Payload.Parser.ParseFrom(envelope.Payload);
        var transaction = Transaction.Parser.ParseFrom(payload.Data);
        var action = ChaincodeActionPayload.Parser.ParseFrom(transaction.Actions[0].Payload);
        var endorsement = action.Action.Endorsements[0];
        endorsement.Signature = Flip(endorsement.Signature, endorsement.Signature.Length - 1);
        transaction.Actions[0].Payload = action.ToByteString();
        payload.Data = transaction.ToByteString();
        var payloadBytes = payload.ToByteString();
        var creator = SignatureHeader.Parser.ParseFrom(payload.Header.SignatureHeader).Creator;
        var signer = FindSigner(creator);
        envelope.Payload = payloadBytes;
        envelope.Signature = ByteString.CopyFrom(await signer.SignAsync(payloadBytes.Memory));
        return envelope.ToByteString();
    }

    /// <summary>Moves an endorser transaction's channel-header timestamp by <paramref name="shift"/> and has its creator sign it again.</summary>
    private static async Task<(ByteString Envelope, string TransactionId, string CreatorMsp)> RestampAsync(ByteString envelopeBytes, TimeSpan shift)
    {
        var envelope = Envelope.Parser.ParseFrom(envelopeBytes);
        var payload = Payload.Parser.ParseFrom(envelope.Payload);
        var header = ChannelHeader.Parser.ParseFrom(payload.Header.ChannelHeader);
        header.Timestamp = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(header.Timestamp.ToDateTimeOffset() + shift);
        payload.Header.ChannelHeader = header.ToByteString();
        var payloadBytes = payload.ToByteString();
        var signer = FindSigner(SignatureHeader.Parser.ParseFrom(payload.Header.SignatureHeader).Creator);
        envelope.Payload = payloadBytes;
        envelope.Signature = ByteString.CopyFrom(await signer.SignAsync(payloadBytes.Memory));
        return (envelope.ToByteString(), header.TxId, signer.Identity.MspId);
    }

    /// <summary>The wallet identity whose serialized form is <paramref name="creator"/> (the creator's own key, to re-sign its envelope).</summary>
    private static Fabric.Msp.Signing.SigningIdentity FindSigner(ByteString creator)
    {
        foreach (var msp in new[] { "InsurerMSP", "NgoMSP", "RegulatorMSP" })
        {
            var wallet = Wallet.Load(Path.Combine(GatewayFixture.Deployment.GatewayDirectory, msp, "wallet"), msp);
            if (wallet.Identities.FirstOrDefault(i => i.Signing.Identity.Serialized.Span.SequenceEqual(creator.Span)) is { } identity)
            {
                return identity.Signing;
            }
        }

        throw new InvalidOperationException("the creator is not in any wallet");
    }

    /// <summary>Recomputes the data hash and signs the block again, as the orderer (from its MSP folder) or as a wallet's first identity.</summary>
    private static async Task<Block> ResignAsync(Block block, string? walletDirectory, string mspId)
    {
        block.Header.DataHash = ByteString.CopyFrom(BlockHashes.DataHash(block));
        var signer = walletDirectory is null
            ? MspFolderReader.ReadSigningIdentity(Path.Combine(OrdererFolder, "orderers", "orderer.example.com", "msp"), mspId)
            : Wallet.Load(walletDirectory, mspId).Identities.First().Signing;
        var metadata = Metadata.Parser.ParseFrom(block.Metadata.Metadata[(int)BlockMetadataIndex.Signatures]);
        var signatureHeader = new SignatureHeader { Creator = ByteString.CopyFrom(signer.Identity.Serialized.Span), Nonce = ByteString.CopyFrom(new byte[24]) }.ToByteString();
        var signed = SignatureCheck.Concat(metadata.Value, signatureHeader, ByteString.CopyFrom(BlockHashes.HeaderBytes(block.Header)));
        var signature = await signer.SignAsync(signed);
        metadata.Signatures.Clear();
        metadata.Signatures.Add(new MetadataSignature { SignatureHeader = signatureHeader, Signature = ByteString.CopyFrom(signature) });
        block.Metadata.Metadata[(int)BlockMetadataIndex.Signatures] = metadata.ToByteString();
        return block;
    }

    private static ByteString Flip(ByteString bytes, int index)
    {
        var copy = bytes.ToByteArray();
        copy[index] ^= 0x01;
        return ByteString.CopyFrom(copy);
    }
}
