using Fabric.Msp.Identities;
using Fabric.Msp.Validation;
using Fabric.Protos.Common;
using Fabric.Protos.Msp;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Policies;

namespace MutualAid.DevNetwork.Ordering;

/// <summary>
/// Block 0 of a channel: a CONFIG transaction carrying the channel's configuration — each
/// organization's MSP (root and TLS root certificates, NodeOUs) and its Readers, Writers and
/// Endorsement policies — so that tools reading a channel's config block find the members.
/// </summary>
public static class GenesisBlock
{
    /// <summary>The config envelope's payload for <paramref name="channel"/>.</summary>
    public static Envelope ConfigEnvelope(ChannelConfig channel, IReadOnlyDictionary<string, MspDefinition> msps, string ordererMspId, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(msps);
        var application = new ConfigGroup { ModPolicy = "Admins" };
        foreach (var mspId in channel.Readers.Union(channel.Writers))
        {
            application.Groups[mspId] = OrganizationGroup(msps[mspId], channel);
        }

        application.Policies["Endorsement"] = SignatureConfigPolicy(SignaturePolicyCompiler.Compile(channel.EndorsementPolicy));
        application.Policies["Readers"] = ImplicitMeta("Readers", ImplicitMetaPolicy.Types.Rule.Any);
        application.Policies["Writers"] = ImplicitMeta("Writers", ImplicitMetaPolicy.Types.Rule.Any);
        application.Policies["Admins"] = ImplicitMeta("Admins", ImplicitMetaPolicy.Types.Rule.Majority);
        var orderer = new ConfigGroup { ModPolicy = "Admins" };
        orderer.Groups[ordererMspId] = new ConfigGroup { Values = { ["MSP"] = MspValue(msps[ordererMspId]) } };
        var root = new ConfigGroup { ModPolicy = "Admins", Groups = { ["Application"] = application, ["Orderer"] = orderer } };
        var envelope = new Fabric.Protos.Common.ConfigEnvelope { Config = new Config { Sequence = 0, ChannelGroup = root } };
        var header = new ChannelHeader
        {
            Type = (int)HeaderType.Config,
            ChannelId = channel.Name,
            Timestamp = Timestamp.FromDateTimeOffset(createdAt),
        };
        var payload = new Payload
        {
            Header = new Header { ChannelHeader = header.ToByteString(), SignatureHeader = new SignatureHeader().ToByteString() },
            Data = envelope.ToByteString(),
        };
        return new Envelope { Payload = payload.ToByteString() };
    }

    private static ConfigGroup OrganizationGroup(MspDefinition msp, ChannelConfig channel)
    {
        var group = new ConfigGroup { ModPolicy = "Admins", Values = { ["MSP"] = MspValue(msp) } };
        var id = msp.MspId;
        group.Policies["Readers"] = SignatureConfigPolicy(SignaturePolicyCompiler.Compile($"OR('{id}.admin', '{id}.peer', '{id}.client')"));
        group.Policies["Writers"] = SignatureConfigPolicy(SignaturePolicyCompiler.Compile(channel.Writers.Contains(id)
            ? $"OR('{id}.admin', '{id}.client')"
            : $"OR('{id}.admin')"));
        group.Policies["Admins"] = SignatureConfigPolicy(SignaturePolicyCompiler.Compile($"OR('{id}.admin')"));
        group.Policies["Endorsement"] = SignatureConfigPolicy(SignaturePolicyCompiler.Compile($"OR('{id}.peer')"));
        return group;
    }

    private static ConfigValue MspValue(MspDefinition msp)
    {
        var config = new FabricMSPConfig { Name = msp.MspId, CryptoConfig = new FabricCryptoConfig { SignatureHashFamily = "SHA2", IdentityIdentifierHashFunction = "SHA256" } };
        config.RootCerts.AddRange(msp.RootCertificates.Select(c => ByteString.CopyFrom(PemCertificate.ToPemBytes(c))));
        config.IntermediateCerts.AddRange(msp.IntermediateCertificates.Select(c => ByteString.CopyFrom(PemCertificate.ToPemBytes(c))));
        if (msp.NodeOus.Enabled)
        {
            config.FabricNodeOus = new FabricNodeOUs
            {
                Enable = true,
                ClientOuIdentifier = new FabricOUIdentifier { OrganizationalUnitIdentifier = "client" },
                PeerOuIdentifier = new FabricOUIdentifier { OrganizationalUnitIdentifier = "peer" },
                AdminOuIdentifier = new FabricOUIdentifier { OrganizationalUnitIdentifier = "admin" },
                OrdererOuIdentifier = new FabricOUIdentifier { OrganizationalUnitIdentifier = "orderer" },
            };
        }

        return new ConfigValue { ModPolicy = "Admins", Value = new MSPConfig { Type = 0, Config = config.ToByteString() }.ToByteString() };
    }

    private static ConfigPolicy SignatureConfigPolicy(SignaturePolicyEnvelope envelope) => new()
    {
        ModPolicy = "Admins",
        Policy = new Fabric.Protos.Common.Policy { Type = (int)Fabric.Protos.Common.Policy.Types.PolicyType.Signature, Value = envelope.ToByteString() },
    };

    private static ConfigPolicy ImplicitMeta(string subPolicy, ImplicitMetaPolicy.Types.Rule rule) => new()
    {
        ModPolicy = "Admins",
        Policy = new Fabric.Protos.Common.Policy
        {
            Type = (int)Fabric.Protos.Common.Policy.Types.PolicyType.ImplicitMeta,
            Value = new ImplicitMetaPolicy { SubPolicy = subPolicy, Rule = rule }.ToByteString(),
        },
    };
}
