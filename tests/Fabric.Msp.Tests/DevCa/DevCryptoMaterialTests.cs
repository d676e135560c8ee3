using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using Fabric.Msp.DevCa;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;
using Fabric.Msp.Tests.Support;
using Fabric.Msp.Validation;
using Fabric.Msp.Verification;

namespace Fabric.Msp.Tests.DevCa;

public class DevCryptoMaterialTests
{
    private string _root = null!;
    private DevConsortium _consortium = null!;
    private DevCryptoResult _first = null!;
    private TimeSpan _elapsed;

    [OneTimeSetUp]
    public void Generate()
    {
        _root = Path.Combine(Path.GetTempPath(), "fabric-msp-tests-" + Guid.NewGuid().ToString("N"));
        _consortium = SampleConsortium.Create();
        var stopwatch = Stopwatch.StartNew();
        _first = DevCryptoMaterial.Ensure(_root, _consortium);
        _elapsed = stopwatch.Elapsed;
    }

    [OneTimeTearDown]
    public void Delete() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Ensure_EmptyFolder_GeneratesEveryOrganizationQuickly()
    {
        Assert.That(_first.GeneratedDomains, Has.Count.EqualTo(5));
        Assert.That(_first.KeptDomains, Is.Empty);
        Assert.That(_elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "generation should take well under a second on a normal machine");
    }

    [Test]
    public void Ensure_CompleteFolder_KeepsMaterialUntouched()
    {
        var certificate = Path.Combine(_root, "peerOrganizations/ngo.mutualaid.local/users/User1@ngo.mutualaid.local/msp/signcerts/User1@ngo.mutualaid.local-cert.pem");
        var before = File.ReadAllBytes(certificate);

        var second = DevCryptoMaterial.Ensure(_root, _consortium);

        Assert.That(second.GeneratedDomains, Is.Empty);
        Assert.That(second.KeptDomains, Has.Count.EqualTo(5));
        Assert.That(File.ReadAllBytes(certificate), Is.EqualTo(before));
    }

    [Test]
    public void Ensure_IncompleteOrganization_RegeneratesOnlyThatOrganization()
    {
        var root = Path.Combine(Path.GetTempPath(), "fabric-msp-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            DevCryptoMaterial.Ensure(root, _consortium);
            File.Delete(Path.Combine(root, "peerOrganizations/relief.mutualaid.local/peers/peer1.relief.mutualaid.local/tls/server.key"));

            var result = DevCryptoMaterial.Ensure(root, _consortium);

            Assert.That(result.GeneratedDomains, Is.EqualTo(new[] { "relief.mutualaid.local" }));
            Assert.That(result.KeptDomains, Has.Count.EqualTo(4));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [TestCase("peerOrganizations/insurer.mutualaid.local/ca/ca.insurer.mutualaid.local-cert.pem")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/ca/priv_sk")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/tlsca/tlsca.insurer.mutualaid.local-cert.pem")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/tlsca/priv_sk")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/msp/cacerts/ca.insurer.mutualaid.local-cert.pem")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/msp/tlscacerts/tlsca.insurer.mutualaid.local-cert.pem")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/msp/config.yaml")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/peers/peer0.insurer.mutualaid.local/msp/cacerts/ca.insurer.mutualaid.local-cert.pem")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/peers/peer0.insurer.mutualaid.local/msp/keystore/priv_sk")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/peers/peer0.insurer.mutualaid.local/msp/signcerts/peer0.insurer.mutualaid.local-cert.pem")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/peers/peer0.insurer.mutualaid.local/msp/tlscacerts/tlsca.insurer.mutualaid.local-cert.pem")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/peers/peer0.insurer.mutualaid.local/msp/config.yaml")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/peers/peer0.insurer.mutualaid.local/tls/ca.crt")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/peers/peer0.insurer.mutualaid.local/tls/server.crt")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/peers/peer0.insurer.mutualaid.local/tls/server.key")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/users/Admin@insurer.mutualaid.local/msp/signcerts/Admin@insurer.mutualaid.local-cert.pem")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/users/User1@insurer.mutualaid.local/msp/signcerts/User1@insurer.mutualaid.local-cert.pem")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/users/User1@insurer.mutualaid.local/msp/keystore/priv_sk")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/users/User1@insurer.mutualaid.local/msp/cacerts/ca.insurer.mutualaid.local-cert.pem")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/users/User1@insurer.mutualaid.local/msp/tlscacerts/tlsca.insurer.mutualaid.local-cert.pem")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/users/User1@insurer.mutualaid.local/msp/config.yaml")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/users/User1@insurer.mutualaid.local/tls/ca.crt")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/users/User1@insurer.mutualaid.local/tls/client.crt")]
    [TestCase("peerOrganizations/insurer.mutualaid.local/users/User1@insurer.mutualaid.local/tls/client.key")]
    [TestCase("ordererOrganizations/mutualaid.local/ca/ca.mutualaid.local-cert.pem")]
    [TestCase("ordererOrganizations/mutualaid.local/tlsca/tlsca.mutualaid.local-cert.pem")]
    [TestCase("ordererOrganizations/mutualaid.local/msp/config.yaml")]
    [TestCase("ordererOrganizations/mutualaid.local/orderers/orderer.mutualaid.local/msp/signcerts/orderer.mutualaid.local-cert.pem")]
    [TestCase("ordererOrganizations/mutualaid.local/orderers/orderer.mutualaid.local/msp/keystore/priv_sk")]
    [TestCase("ordererOrganizations/mutualaid.local/orderers/orderer.mutualaid.local/tls/server.crt")]
    [TestCase("ordererOrganizations/mutualaid.local/orderers/orderer.mutualaid.local/tls/server.key")]
    [TestCase("ordererOrganizations/mutualaid.local/users/Admin@mutualaid.local/msp/signcerts/Admin@mutualaid.local-cert.pem")]
    public void Ensure_Layout_HasTestNetworkFile(string relativePath)
    {
        Assert.That(File.Exists(Path.Combine(_root, relativePath)), Is.True, relativePath);
    }

    [Test]
    public void Ensure_Layout_PeerOrganizationHasExactlyTheTestNetworkFolders()
    {
        var organization = Path.Combine(_root, "peerOrganizations/insurer.mutualaid.local");

        var folders = Directory.GetDirectories(organization).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var userMsp = Directory.GetDirectories(Path.Combine(organization, "users/User1@insurer.mutualaid.local/msp")).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.That(folders, Is.EqualTo(new[] { "ca", "msp", "peers", "tlsca", "users" }));
        Assert.That(userMsp, Is.EqualTo(new[] { "cacerts", "keystore", "signcerts", "tlscacerts" }));
    }

    [TestCase("Admin", IdentityRole.Admin)]
    [TestCase("User1", IdentityRole.Client)]
    public void LoadUser_GeneratedUser_PassesMspValidationWithRole(string user, IdentityRole role)
    {
        var organization = _consortium.PeerOrganizations[0];
        var msp = DevCryptoMaterial.LoadMsp(_root, organization);

        var signing = DevCryptoMaterial.LoadUser(_root, organization, user);

        Assert.That(msp.Validate(signing.Identity), Is.EqualTo(role));
        Assert.That(msp.NodeOus.Client!.Certifier, Is.Not.Null);
    }

    [Test]
    public void LoadNode_GeneratedPeersAndOrderer_HavePeerAndOrdererRoles()
    {
        var insurer = _consortium.PeerOrganizations[0];
        var orderer = _consortium.OrdererOrganization;

        var peerRole = DevCryptoMaterial.LoadMsp(_root, insurer).Validate(DevCryptoMaterial.LoadNode(_root, insurer, "peer1").Identity);
        var ordererRole = DevCryptoMaterial.LoadMsp(_root, orderer).Validate(DevCryptoMaterial.LoadNode(_root, orderer, "orderer").Identity);

        Assert.That(peerRole, Is.EqualTo(IdentityRole.Peer));
        Assert.That(ordererRole, Is.EqualTo(IdentityRole.Orderer));
    }

    [Test]
    public void LoadUser_GeneratedUser_CarriesFabricCaAttributes()
    {
        var signing = DevCryptoMaterial.LoadUser(_root, _consortium.PeerOrganizations[0], "User1");

        var attributes = signing.Identity.GetAttributes();

        Assert.That(attributes["role"], Is.EqualTo("assessor"));
        Assert.That(attributes["hf.EnrollmentID"], Is.EqualTo("User1@insurer.mutualaid.local"));
        Assert.That(attributes["hf.Type"], Is.EqualTo("client"));
    }

    [Test]
    public async Task LoadUser_GeneratedUser_SignsVerifiably()
    {
        var signing = DevCryptoMaterial.LoadUser(_root, _consortium.PeerOrganizations[1], "User2");

        var signature = await signing.SignAsync("envelope"u8.ToArray());

        Assert.That(SignatureVerifier.Shared.IsValid(signing.Identity, "envelope"u8, signature), Is.True);
    }

    [Test]
    public void LoadUser_OtherOrganizationsMsp_RejectsAsUnknownCa()
    {
        var ngoUser = DevCryptoMaterial.LoadUser(_root, _consortium.PeerOrganizations[1], "User1");
        var insurerMsp = DevCryptoMaterial.LoadMsp(_root, _consortium.PeerOrganizations[0]);
        var claimingInsurer = X509Identity.FromPem("InsurerMSP", ngoUser.Identity.CertificatePem.Span);

        var error = Assert.Throws<IdentityRejectedException>(() => insurerMsp.Validate(claimingInsurer));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.UnknownCa));
    }

    [Test]
    public void Ensure_PeerTlsCertificate_HasHostSans()
    {
        using var certificate = X509CertificateLoader.LoadCertificateFromFile(
            Path.Combine(_root, "peerOrganizations/insurer.mutualaid.local/peers/peer0.insurer.mutualaid.local/tls/server.crt"));
        var san = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();

        Assert.That(san.EnumerateDnsNames(), Is.SupersetOf(new[] { "peer0.insurer.mutualaid.local", "localhost" }));
        Assert.That(san.EnumerateIPAddresses().Select(a => a.ToString()), Does.Contain("127.0.0.1"));
    }

    [Test]
    public void Ensure_CaCertificate_IsSelfSignedCaWithCertSign()
    {
        using var ca = X509CertificateLoader.LoadCertificateFromFile(
            Path.Combine(_root, "peerOrganizations/ngo.mutualaid.local/ca/ca.ngo.mutualaid.local-cert.pem"));

        Assert.That(ca.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority, Is.True);
        Assert.That(ca.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages.HasFlag(X509KeyUsageFlags.KeyCertSign), Is.True);
        Assert.That(ca.Subject, Is.EqualTo(ca.Issuer));
    }

    [Test]
    public void Ensure_DuplicateMspIds_ThrowsInvalidSpecification()
    {
        var consortium = _consortium with { PeerOrganizations = [.. _consortium.PeerOrganizations, _consortium.PeerOrganizations[0]] };

        var error = Assert.Throws<MspException>(() => DevCryptoMaterial.Ensure(_root, consortium));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.InvalidSpecification));
    }
}
