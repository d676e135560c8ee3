using System.Text;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;
using Fabric.Msp.Tests.Support;

namespace Fabric.Msp.Tests.Identities;

public class PemCertificateTests
{
    [Test]
    public void Load_ValidPem_ReturnsCertificate()
    {
        using var pki = TestPki.Create();
        var pem = PemCertificate.ToPem(pki.RootCertificate);

        using var certificate = PemCertificate.Load(pem);

        Assert.That(certificate.RawData, Is.EqualTo(pki.RootCertificate.RawData));
    }

    [Test]
    public void ToPem_Certificate_WritesGoStyleLinesWithFinalNewline()
    {
        using var pki = TestPki.Create();

        var pem = PemCertificate.ToPem(pki.RootCertificate);

        Assert.That(pem, Does.StartWith("-----BEGIN CERTIFICATE-----\n"));
        Assert.That(pem, Does.EndWith("\n-----END CERTIFICATE-----\n"));
        Assert.That(pem.Split('\n').Select(l => l.Length), Has.All.LessThanOrEqualTo(64));
        Assert.That(pem, Does.Not.Contain("\r"));
    }

    [TestCase("")]
    [TestCase("not a pem at all")]
    [TestCase("-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n")]
    public void Load_MalformedPem_ThrowsInvalidPem(string pem)
    {
        var error = Assert.Throws<MspException>(() => PemCertificate.Load(pem));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.InvalidPem));
        Assert.That(error.Message, Does.StartWith("INVALID_PEM: "));
    }

    [Test]
    public void Load_PemWithoutCertificateBlock_ThrowsInvalidPem()
    {
        var pem = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";

        var error = Assert.Throws<MspException>(() => PemCertificate.Load(pem));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.InvalidPem));
    }

    [Test]
    public void Load_CertificateBlockWithGarbageDer_ThrowsInvalidCertificate()
    {
        var pem = "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(Encoding.ASCII.GetBytes("garbage der")) + "\n-----END CERTIFICATE-----\n";

        var error = Assert.Throws<MspException>(() => PemCertificate.Load(pem));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.InvalidCertificate));
    }

    [Test]
    public void LoadAll_Bundle_ReturnsEveryCertificateInOrder()
    {
        using var first = TestPki.Create("a.example.com");
        using var second = TestPki.Create("b.example.com");
        var bundle = Encoding.UTF8.GetBytes(PemCertificate.ToPem(first.RootCertificate) + PemCertificate.ToPem(second.RootCertificate));

        var certificates = PemCertificate.LoadAll(bundle);

        Assert.That(certificates.Select(c => c.Subject), Is.EqualTo(new[] { first.RootCertificate.Subject, second.RootCertificate.Subject }));
    }
}
