using Fabric.Protos.Common;
using Fabric.Protos.Msp;
using Fabric.Protos.Peer;
using Fabric.Protos.Tests.Interop;

namespace Fabric.Protos.Tests;

/// <summary>Policies, principals, collections and MSP configuration against the official Node bindings.</summary>
public sealed class PolicyWireTests
{
    [Test]
    public async Task SignaturePolicyEnvelope_EncodedByNode_DecodesRuleTreeAndRoles()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("SignaturePolicyEnvelope");

        var envelope = SignaturePolicyEnvelope.Parser.ParseFrom(bytes);
        var gate = envelope.Rule.NOutOf;
        var roles = envelope.Identities.Select(i => MSPRole.Parser.ParseFrom(i.Principal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(envelope.Version, Is.EqualTo(1));
            Assert.That(gate.N, Is.EqualTo(2));
            Assert.That(gate.Rules[0].SignedBy, Is.EqualTo(0));
            Assert.That(gate.Rules[1].SignedBy, Is.EqualTo(1));
            Assert.That(gate.Rules[2].NOutOf.Rules.Single().SignedBy, Is.EqualTo(2));
            Assert.That(envelope.Identities.Select(i => i.PrincipalClassification), Is.All.EqualTo(MSPPrincipal.Types.Classification.Role));
            Assert.That(roles.Select(r => r.MspIdentifier), Is.EqualTo(new[] { "InsurerMSP", "ReliefMSP", "RegulatorMSP" }));
            Assert.That(
                roles.Select(r => r.Role),
                Is.EqualTo(new[] { MSPRole.Types.MSPRoleType.Peer, MSPRole.Types.MSPRoleType.Admin, MSPRole.Types.MSPRoleType.Member }));
        });
    }

    [Test]
    public async Task CollectionConfigPackage_EncodedByNode_DecodesBothCollections()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("CollectionConfigPackage");

        var collections = CollectionConfigPackage.Parser.ParseFrom(bytes).Config.Select(c => c.StaticCollectionConfig).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(collections.Select(c => c.Name), Is.EqualTo(new[] { "medical", "payouts" }));
            Assert.That(collections[0].MemberOrgsPolicy.SignaturePolicy.Rule.NOutOf.N, Is.EqualTo(2));
            Assert.That(collections[0].RequiredPeerCount, Is.EqualTo(1));
            Assert.That(collections[0].MaximumPeerCount, Is.EqualTo(3));
            Assert.That(collections[0].BlockToLive, Is.EqualTo(1000UL));
            Assert.That(collections[0].MemberOnlyRead && collections[0].MemberOnlyWrite, Is.True);
            Assert.That(collections[0].EndorsementPolicy.ChannelConfigPolicyReference, Is.EqualTo("/Channel/Application/Endorsement"));
            Assert.That(collections[1].EndorsementPolicy.TypeCase, Is.EqualTo(Peer.ApplicationPolicy.TypeOneofCase.SignaturePolicy));
        });
    }

    [Test]
    public async Task FabricMspConfig_EncodedByNode_DecodesNodeOrganizationalUnits()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("FabricMSPConfig");

        var config = FabricMSPConfig.Parser.ParseFrom(bytes);
        var nodeOus = config.FabricNodeOus;

        Assert.Multiple(() =>
        {
            Assert.That(config.Name, Is.EqualTo("InsurerMSP"));
            Assert.That(config.RootCerts.Single().ToStringUtf8(), Is.EqualTo("root-ca-pem"));
            Assert.That(config.TlsIntermediateCerts.Single().ToStringUtf8(), Is.EqualTo("tls-intermediate-ca-pem"));
            Assert.That(config.SigningIdentity.PrivateSigner.KeyIdentifier, Is.EqualTo("signer-key"));
            Assert.That(config.CryptoConfig.IdentityIdentifierHashFunction, Is.EqualTo("SHA256"));
            Assert.That(nodeOus.Enable, Is.True);
            Assert.That(
                new[] { nodeOus.ClientOuIdentifier, nodeOus.PeerOuIdentifier, nodeOus.AdminOuIdentifier, nodeOus.OrdererOuIdentifier }
                    .Select(ou => ou.OrganizationalUnitIdentifier),
                Is.EqualTo(new[] { "client", "peer", "admin", "orderer" }));
            Assert.That(nodeOus.AdminOuIdentifier.Certificate.ToStringUtf8(), Is.EqualTo("ca-cert-for-admin"));
        });
    }
}
