using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace Fabric.Protos.Tests.Catalogue;

// Blocks with all five metadata entries, and the channel configuration a config block carries.
public sealed partial class WireCatalogue
{
    private static Envelope OrdererConfigEnvelope() => new()
    {
        Payload = Utf8("config-payload"),
        Signature = Utf8("orderer-signature"),
    };

    private void AddBlocks()
    {
        const WireFamily family = WireFamily.Block;
        var header = Add(family, "BlockHeader", new BlockHeader
        {
            Number = 42,
            PreviousHash = Utf8("hash-of-block-41"),
            DataHash = Utf8("hash-of-data-42"),
        });
        var data = Add(family, "BlockData", new BlockData
        {
            Data = { Entry<Envelope>("Envelope").ToByteString(), OrdererConfigEnvelope().ToByteString() },
        });
        var lastConfig = Add(family, "LastConfig", new LastConfig { Index = 5 });
        var identifierHeader = Add(family, "IdentifierHeader", new IdentifierHeader
        {
            Identifier = 9,
            Nonce = Utf8("identifier-nonce"),
        });
        var signature = Add(family, "MetadataSignature", new MetadataSignature
        {
            SignatureHeader = Entry<SignatureHeader>("SignatureHeader").ToByteString(),
            Signature = Utf8("orderer-block-signature"),
            IdentifierHeader = identifierHeader.ToByteString(),
        });
        var ordererMetadata = Add(family, "OrdererBlockMetadata", new OrdererBlockMetadata
        {
            LastConfig = lastConfig,
            ConsenterMetadata = Utf8("raft-metadata"),
        });
        var signatures = Add(family, "Metadata", new Metadata
        {
            Value = ordererMetadata.ToByteString(),
            Signatures = { signature },
        });
        var metadata = Add(family, "BlockMetadata", new BlockMetadata
        {
            Metadata =
            {
                signatures.ToByteString(),
                new Metadata { Value = lastConfig.ToByteString() }.ToByteString(),
                ByteString.CopyFrom((byte)TxValidationCode.Valid, (byte)TxValidationCode.MvccReadConflict),
                Utf8("orderer-metadata"),
                Utf8("commit-hash"),
            },
        });
        Add(family, "Block", new Block { Header = header, Data = data, Metadata = metadata });
        Add(family, "BlockchainInfo", new BlockchainInfo
        {
            Height = 43,
            CurrentBlockHash = Utf8("hash-of-block-42"),
            PreviousBlockHash = Utf8("hash-of-block-41"),
            BootstrappingSnapshotInfo = new BootstrappingSnapshotInfo { LastBlockInSnapshot = 40 },
        });
    }

    private void AddConfiguration()
    {
        const WireFamily family = WireFamily.Block;
        var implicitMeta = Add(WireFamily.Policy, "ImplicitMetaPolicy", new ImplicitMetaPolicy
        {
            SubPolicy = "Endorsement",
            Rule = ImplicitMetaPolicy.Types.Rule.Majority,
        });
        Add(WireFamily.Policy, "Policy", new Policy
        {
            Type = (int)Policy.Types.PolicyType.Signature,
            Value = Entry<SignaturePolicyEnvelope>("SignaturePolicyEnvelope").ToByteString(),
        });
        var group = Add(family, "ConfigGroup", new ConfigGroup
        {
            Version = 1,
            Groups = { ["Application"] = new ConfigGroup { Version = 2, ModPolicy = "Admins" } },
            Values = { ["Capabilities"] = new ConfigValue { Version = 3, Value = Utf8("capabilities"), ModPolicy = "Admins" } },
            Policies =
            {
                ["Endorsement"] = new ConfigPolicy
                {
                    Version = 4,
                    Policy = new Policy { Type = (int)Policy.Types.PolicyType.ImplicitMeta, Value = implicitMeta.ToByteString() },
                    ModPolicy = "Admins",
                },
            },
            ModPolicy = "Admins",
        });
        Add(family, "ConfigEnvelope", new ConfigEnvelope
        {
            Config = new Config { Sequence = 6, ChannelGroup = group },
            LastUpdate = OrdererConfigEnvelope(),
        });
        var update = Add(family, "ConfigUpdate", new ConfigUpdate
        {
            ChannelId = ChannelId,
            ReadSet = group,
            WriteSet = group,
            IsolatedData = { ["isolated"] = Utf8("isolated-data") },
        });
        Add(family, "ConfigUpdateEnvelope", new ConfigUpdateEnvelope
        {
            ConfigUpdate = update.ToByteString(),
            Signatures =
            {
                new ConfigSignature
                {
                    SignatureHeader = Entry<SignatureHeader>("SignatureHeader").ToByteString(),
                    Signature = Utf8("admin-signature"),
                },
            },
        });
    }
}
