using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;
using Fabric.Msp.Tests.Support;

namespace Fabric.Msp.Tests.Identities;

public class FabricCaAttributesTests
{
    [Test]
    public void Read_IssuedWithAttributes_ReturnsThem()
    {
        using var pki = TestPki.Create();
        var attributes = new Dictionary<string, string> { ["role"] = "assessor", ["hf.EnrollmentID"] = "user1" };

        var read = pki.Issue(attributes: attributes).Identity.GetAttributes();

        Assert.That(read, Is.EquivalentTo(attributes));
    }

    [Test]
    public void CreateExtension_Attributes_WritesSortedFabricCaJson()
    {
        var extension = FabricCaAttributes.CreateExtension(new Dictionary<string, string> { ["role"] = "assessor", ["hf.Type"] = "client" });

        Assert.That(extension.Oid!.Value, Is.EqualTo("1.2.3.4.5.6.7.8.1"));
        Assert.That(extension.Critical, Is.False);
        Assert.That(Encoding.UTF8.GetString(extension.RawData), Is.EqualTo("{\"attrs\":{\"hf.Type\":\"client\",\"role\":\"assessor\"}}"));
    }

    [Test]
    public void Read_NoExtension_ReturnsEmpty()
    {
        using var pki = TestPki.Create();

        Assert.That(FabricCaAttributes.Read(pki.RootCertificate), Is.Empty);
    }

    [TestCase("not json")]
    [TestCase("{\"other\":{}}")]
    [TestCase("{\"attrs\":{\"n\":1}}")]
    public void Read_MalformedExtension_ThrowsInvalidAttributes(string json)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=x", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509Extension(FabricCaAttributes.Oid, Encoding.UTF8.GetBytes(json), false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        var error = Assert.Throws<MspException>(() => FabricCaAttributes.Read(certificate));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.InvalidAttributes));
    }
}
