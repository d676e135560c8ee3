using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Fabric.Protos.Tests.Interop;

namespace Fabric.Protos.Tests;

/// <summary>Blocks, block metadata and channel configuration against the official Node bindings.</summary>
public sealed class BlockWireTests
{
    [Test]
    public async Task Block_EncodedByNode_DecodesHeaderDataAndAllMetadataEntries()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("Block");

        var block = Block.Parser.ParseFrom(bytes);
        var metadata = block.Metadata.Metadata;
        var signatures = Metadata.Parser.ParseFrom(metadata[(int)BlockMetadataIndex.Signatures]);
        var ordererMetadata = OrdererBlockMetadata.Parser.ParseFrom(signatures.Value);
        var signature = signatures.Signatures.Single();
        var lastConfig = LastConfig.Parser.ParseFrom(Metadata.Parser.ParseFrom(metadata[(int)BlockMetadataIndex.LastConfig]).Value);

        Assert.Multiple(() =>
        {
            Assert.That(block.Header.Number, Is.EqualTo(42UL));
            Assert.That(block.Header.PreviousHash.ToStringUtf8(), Is.EqualTo("hash-of-block-41"));
            Assert.That(block.Header.DataHash.ToStringUtf8(), Is.EqualTo("hash-of-data-42"));
            Assert.That(block.Data.Data, Has.Count.EqualTo(2));
            Assert.That(Envelope.Parser.ParseFrom(block.Data.Data[1]).Signature.ToStringUtf8(), Is.EqualTo("orderer-signature"));
            Assert.That(metadata, Has.Count.EqualTo(5));
            Assert.That(ordererMetadata.LastConfig.Index, Is.EqualTo(5UL));
            Assert.That(ordererMetadata.ConsenterMetadata.ToStringUtf8(), Is.EqualTo("raft-metadata"));
            Assert.That(signature.Signature.ToStringUtf8(), Is.EqualTo("orderer-block-signature"));
            Assert.That(IdentifierHeader.Parser.ParseFrom(signature.IdentifierHeader).Identifier, Is.EqualTo(9U));
            Assert.That(lastConfig.Index, Is.EqualTo(5UL));
            Assert.That(
                metadata[(int)BlockMetadataIndex.TransactionsFilter].ToByteArray(),
                Is.EqualTo(new[] { (byte)TxValidationCode.Valid, (byte)TxValidationCode.MvccReadConflict }));
            Assert.That(metadata[(int)BlockMetadataIndex.CommitHash].ToStringUtf8(), Is.EqualTo("commit-hash"));
        });
    }

    [Test]
    public async Task ConfigEnvelope_EncodedByNode_DecodesTheConfigTree()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("ConfigEnvelope");

        var config = ConfigEnvelope.Parser.ParseFrom(bytes).Config;
        var group = config.ChannelGroup;
        var policy = group.Policies["Endorsement"].Policy;

        Assert.Multiple(() =>
        {
            Assert.That(config.Sequence, Is.EqualTo(6UL));
            Assert.That(group.Groups["Application"].Version, Is.EqualTo(2UL));
            Assert.That(group.Values["Capabilities"].Value.ToStringUtf8(), Is.EqualTo("capabilities"));
            Assert.That(policy.Type, Is.EqualTo((int)Policy.Types.PolicyType.ImplicitMeta));
            Assert.That(ImplicitMetaPolicy.Parser.ParseFrom(policy.Value).Rule, Is.EqualTo(ImplicitMetaPolicy.Types.Rule.Majority));
            Assert.That(group.ModPolicy, Is.EqualTo("Admins"));
        });
    }
}
