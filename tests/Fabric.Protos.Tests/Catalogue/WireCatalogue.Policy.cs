using Fabric.Protos.Common;
using Fabric.Protos.Msp;
using Fabric.Protos.Peer;
using Google.Protobuf;
using CommonApplicationPolicy = Fabric.Protos.Common.ApplicationPolicy;
using PeerApplicationPolicy = Fabric.Protos.Peer.ApplicationPolicy;

namespace Fabric.Protos.Tests.Catalogue;

// Signature policies and principals, private data collections and MSP configuration.
public sealed partial class WireCatalogue
{
    private static MSPPrincipal RolePrincipal(string mspId, MSPRole.Types.MSPRoleType role) => new()
    {
        PrincipalClassification = MSPPrincipal.Types.Classification.Role,
        Principal = new MSPRole { MspIdentifier = mspId, Role = role }.ToByteString(),
    };

    private static SignaturePolicy SignedBy(int index) => new() { SignedBy = index };

    private static SignaturePolicy OutOf(int n, params SignaturePolicy[] rules) =>
        new() { NOutOf = new SignaturePolicy.Types.NOutOf { N = n, Rules = { rules } } };

    // Two of: Insurer peer, Relief admin, (one of: Regulator member).
    private static SignaturePolicyEnvelope PolicyEnvelope() => new()
    {
        Version = 1,
        Rule = OutOf(2, SignedBy(0), SignedBy(1), OutOf(1, SignedBy(2))),
        Identities =
        {
            RolePrincipal("InsurerMSP", MSPRole.Types.MSPRoleType.Peer),
            RolePrincipal("ReliefMSP", MSPRole.Types.MSPRoleType.Admin),
            RolePrincipal("RegulatorMSP", MSPRole.Types.MSPRoleType.Member),
        },
    };

    private static FabricOUIdentifier OrganizationalUnit(string name) => new()
    {
        Certificate = Utf8($"ca-cert-for-{name}"),
        OrganizationalUnitIdentifier = name,
    };

    private void AddPolicies()
    {
        const WireFamily family = WireFamily.Policy;
        var policyEnvelope = Entry<SignaturePolicyEnvelope>("SignaturePolicyEnvelope");
        Add(family, "MSPRole", new MSPRole { MspIdentifier = "ReliefMSP", Role = MSPRole.Types.MSPRoleType.Orderer });
        var ouPrincipal = Add(family, "MSPPrincipal.OrganizationUnit", new MSPPrincipal
        {
            PrincipalClassification = MSPPrincipal.Types.Classification.OrganizationUnit,
            Principal = new OrganizationUnit
            {
                MspIdentifier = "InsurerMSP",
                OrganizationalUnitIdentifier = "claims",
                CertifiersIdentifier = Utf8("certifiers-hash"),
            }.ToByteString(),
        });
        Add(family, "MSPPrincipal.Combined", new MSPPrincipal
        {
            PrincipalClassification = MSPPrincipal.Types.Classification.Combined,
            Principal = new CombinedPrincipal
            {
                Principals = { ouPrincipal, RolePrincipal("RegulatorMSP", MSPRole.Types.MSPRoleType.Client) },
            }.ToByteString(),
        });
        Add(family, "MSPIdentityAnonymity", new MSPIdentityAnonymity
        {
            AnonymityType = MSPIdentityAnonymity.Types.MSPIdentityAnonymityType.Anonymous,
        });
        Add(family, "ApplicationPolicy.Common", new CommonApplicationPolicy
        {
            ChannelConfigPolicyReference = "/Channel/Application/Endorsement",
        });
        Add(family, "ApplicationPolicy.Peer", new PeerApplicationPolicy { SignaturePolicy = policyEnvelope });
        AddCollections(policyEnvelope);
        AddMspConfig();
    }

    private void AddCollections(SignaturePolicyEnvelope policyEnvelope)
    {
        var memberPolicy = new CollectionPolicyConfig { SignaturePolicy = policyEnvelope };
        Add(WireFamily.Policy, "CollectionConfigPackage", new CollectionConfigPackage
        {
            Config =
            {
                new CollectionConfig
                {
                    StaticCollectionConfig = new StaticCollectionConfig
                    {
                        Name = "medical",
                        MemberOrgsPolicy = memberPolicy,
                        RequiredPeerCount = 1,
                        MaximumPeerCount = 3,
                        BlockToLive = 1000,
                        MemberOnlyRead = true,
                        MemberOnlyWrite = true,
                        EndorsementPolicy = new PeerApplicationPolicy { ChannelConfigPolicyReference = "/Channel/Application/Endorsement" },
                    },
                },
                new CollectionConfig
                {
                    StaticCollectionConfig = new StaticCollectionConfig
                    {
                        Name = "payouts",
                        MemberOrgsPolicy = memberPolicy,
                        RequiredPeerCount = 2,
                        MaximumPeerCount = 4,
                        BlockToLive = 5,
                        EndorsementPolicy = new PeerApplicationPolicy { SignaturePolicy = policyEnvelope },
                    },
                },
            },
        });
    }

    private void AddMspConfig()
    {
        var config = Add(WireFamily.Policy, "FabricMSPConfig", new FabricMSPConfig
        {
            Name = "InsurerMSP",
            RootCerts = { Utf8("root-ca-pem") },
            IntermediateCerts = { Utf8("intermediate-ca-pem") },
            Admins = { Utf8("admin-cert-pem") },
            RevocationList = { Utf8("crl-pem") },
            SigningIdentity = new SigningIdentityInfo
            {
                PublicSigner = Utf8("signer-cert-pem"),
                PrivateSigner = new KeyInfo { KeyIdentifier = "signer-key", KeyMaterial = Utf8("private-key-pem") },
            },
            OrganizationalUnitIdentifiers = { OrganizationalUnit("claims") },
            CryptoConfig = new FabricCryptoConfig { SignatureHashFamily = "SHA2", IdentityIdentifierHashFunction = "SHA256" },
            TlsRootCerts = { Utf8("tls-root-ca-pem") },
            TlsIntermediateCerts = { Utf8("tls-intermediate-ca-pem") },
            FabricNodeOus = new FabricNodeOUs
            {
                Enable = true,
                ClientOuIdentifier = OrganizationalUnit("client"),
                PeerOuIdentifier = OrganizationalUnit("peer"),
                AdminOuIdentifier = OrganizationalUnit("admin"),
                OrdererOuIdentifier = OrganizationalUnit("orderer"),
            },
        });
        // Type 0 is FABRIC (X.509); the config field still proves the layout.
        Add(WireFamily.Policy, "MSPConfig", new MSPConfig { Type = 0, Config = config.ToByteString() });
    }
}
