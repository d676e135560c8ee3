using System.Security.Cryptography;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;
using Fabric.Msp.Tests.Support;
using Fabric.Msp.Validation;

namespace Fabric.Msp.Tests.Validation;

public class MspDefinitionTests
{
    private TestPki _pki = null!;
    private MspDefinition _msp = null!;

    [OneTimeSetUp]
    public void CreatePki()
    {
        _pki = TestPki.Create();
        _msp = new MspDefinition(TestPki.MspId, [_pki.RootCertificate], nodeOus: NodeOuSettings.Standard);
    }

    [OneTimeTearDown]
    public void DisposePki() => _pki.Dispose();

    [TestCase("client", IdentityRole.Client)]
    [TestCase("peer", IdentityRole.Peer)]
    [TestCase("admin", IdentityRole.Admin)]
    [TestCase("orderer", IdentityRole.Orderer)]
    public void Validate_IdentityWithOneNodeOu_ReturnsRole(string ou, IdentityRole expected)
    {
        var identity = _pki.Issue($"{ou}@org1.example.com", ou).Identity;

        Assert.That(_msp.Validate(identity), Is.EqualTo(expected));
    }

    [Test]
    public void Validate_NodeOusDisabled_ReturnsMember()
    {
        var msp = new MspDefinition(TestPki.MspId, [_pki.RootCertificate]);

        Assert.That(msp.Validate(_pki.Issue(ou: null).Identity), Is.EqualTo(IdentityRole.Member));
    }

    [Test]
    public void Validate_CertificateFromOtherCa_ThrowsUnknownCa()
    {
        using var other = TestPki.Create("evil.example.com");

        var error = Assert.Throws<IdentityRejectedException>(() => _msp.Validate(other.Issue().Identity));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.UnknownCa));
        Assert.That(error.MspId, Is.EqualTo(TestPki.MspId));
    }

    [Test]
    public void Validate_CaCertificateAsIdentity_ThrowsCaCertificateIdentity()
    {
        var identity = X509Identity.FromCertificate(TestPki.MspId, _pki.RootCertificate);

        var error = Assert.Throws<IdentityRejectedException>(() => _msp.Validate(identity));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.CaCertificateIdentity));
    }

    [Test]
    public void Validate_NoNodeOu_ThrowsNodeOuMissing()
    {
        var error = Assert.Throws<IdentityRejectedException>(() => _msp.Validate(_pki.Issue(ou: "accounting").Identity));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.NodeOuMissing));
    }

    [Test]
    public void Validate_TwoOuAttributes_ThrowsNodeOuAmbiguous()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=both, OU=peer, OU=client, C=US", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new System.Security.Cryptography.X509Certificates.X509BasicConstraintsExtension(false, false, 0, true));
        using var certificate = request.Create(
            _pki.RootCertificate.SubjectName,
            System.Security.Cryptography.X509Certificates.X509SignatureGenerator.CreateForECDsa(_pki.Ca.Key),
            DateTimeOffset.UtcNow.AddMinutes(-1),
            DateTimeOffset.UtcNow.AddDays(1),
            [1, 2, 3]);
        var identity = X509Identity.FromCertificate(TestPki.MspId, certificate);

        var error = Assert.Throws<IdentityRejectedException>(() => _msp.Validate(identity));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.NodeOuAmbiguous));
    }

    [Test]
    public void Validate_OtherMspId_ThrowsMspMismatch()
    {
        var identity = X509Identity.FromPem("Org2MSP", _pki.Issue().CertificatePem);

        var error = Assert.Throws<IdentityRejectedException>(() => _msp.Validate(identity));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.MspMismatch));
    }

    [Test]
    public void Validate_CertifierIsOtherCa_ThrowsNodeOuMissing()
    {
        using var other = TestPki.Create("other.example.com");
        var msp = new MspDefinition(
            TestPki.MspId,
            [_pki.RootCertificate],
            nodeOus: NodeOuSettings.Standard with { Client = new NodeOuIdentifier("client", other.RootCertificate) });

        var error = Assert.Throws<IdentityRejectedException>(() => msp.Validate(_pki.Issue().Identity));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.NodeOuMissing));
    }

    [Test]
    public void Validate_ThroughIntermediate_Succeeds()
    {
        using var intermediateKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var now = DateTimeOffset.UtcNow.AddMinutes(-1);
        var intermediateRequest = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=ica.org1.example.com", intermediateKey, HashAlgorithmName.SHA256);
        intermediateRequest.CertificateExtensions.Add(new System.Security.Cryptography.X509Certificates.X509BasicConstraintsExtension(true, false, 0, true));
        intermediateRequest.CertificateExtensions.Add(new System.Security.Cryptography.X509Certificates.X509KeyUsageExtension(
            System.Security.Cryptography.X509Certificates.X509KeyUsageFlags.KeyCertSign, true));
        using var intermediate = intermediateRequest.Create(
            _pki.RootCertificate.SubjectName,
            System.Security.Cryptography.X509Certificates.X509SignatureGenerator.CreateForECDsa(_pki.Ca.Key),
            now,
            now.AddDays(10),
            [7]);
        var leafRequest = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=u, OU=client", ECDsa.Create(ECCurve.NamedCurves.nistP256), HashAlgorithmName.SHA256);
        using var leaf = leafRequest.Create(
            intermediate.SubjectName,
            System.Security.Cryptography.X509Certificates.X509SignatureGenerator.CreateForECDsa(intermediateKey),
            now,
            now.AddDays(1),
            [8]);
        var identity = X509Identity.FromCertificate(TestPki.MspId, leaf);
        var withIntermediate = new MspDefinition(TestPki.MspId, [_pki.RootCertificate], [intermediate], NodeOuSettings.Standard);

        Assert.That(withIntermediate.Validate(identity), Is.EqualTo(IdentityRole.Client));
        Assert.That(() => _msp.Validate(identity), Throws.TypeOf<IdentityRejectedException>());
    }

    [Test]
    public void TryValidate_InvalidIdentity_ReturnsFalse()
    {
        using var other = TestPki.Create("evil.example.com");

        Assert.That(_msp.TryValidate(other.Issue().Identity, out _), Is.False);
    }
}
