using System.Security.Cryptography;
using System.Text;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;
using Fabric.Msp.Tests.Support;
using Fabric.Protos.Msp;
using Google.Protobuf;

namespace Fabric.Msp.Tests.Identities;

public class X509IdentityTests
{
    [Test]
    public void FromPem_Certificate_SerializesMspIdAndExactPemBytes()
    {
        using var pki = TestPki.Create();
        var issued = pki.Issue();

        var identity = X509Identity.FromPem("Org1MSP", issued.CertificatePem);
        var decoded = SerializedIdentity.Parser.ParseFrom(identity.Serialized.Span);

        Assert.That(decoded.Mspid, Is.EqualTo("Org1MSP"));
        Assert.That(decoded.IdBytes.ToStringUtf8(), Is.EqualTo(issued.CertificatePem));
        Assert.That(identity.CertificatePem.ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes(issued.CertificatePem)));
    }

    [Test]
    public void FromPem_PemWithCrLf_KeepsBytesExactly()
    {
        using var pki = TestPki.Create();
        var pem = pki.Issue().CertificatePem.Replace("\n", "\r\n", StringComparison.Ordinal);

        var identity = X509Identity.FromPem("Org1MSP", pem);

        Assert.That(Encoding.UTF8.GetString(identity.CertificatePem.Span), Is.EqualTo(pem));
    }

    [Test]
    public void Deserialize_SerializedIdentity_RoundTripsAndKeepsBytes()
    {
        using var pki = TestPki.Create();
        var original = pki.Issue().Identity;

        var copy = X509Identity.Deserialize(original.Serialized.Span);

        Assert.That(copy, Is.EqualTo(original));
        Assert.That(copy.Serialized.ToArray(), Is.EqualTo(original.Serialized.ToArray()));
        Assert.That(copy.MspId, Is.EqualTo("Org1MSP"));
    }

    [Test]
    public void Deserialize_GarbageBytes_ThrowsInvalidIdentity()
    {
        var error = Assert.Throws<MspException>(() => X509Identity.Deserialize(new byte[] { 0xFF, 0xFF, 0xFF }));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.InvalidIdentity));
    }

    [Test]
    public void Deserialize_DerInsteadOfPem_ThrowsInvalidPem()
    {
        using var pki = TestPki.Create();
        var bytes = new SerializedIdentity { Mspid = "Org1MSP", IdBytes = ByteString.CopyFrom(pki.RootCertificate.RawData) }.ToByteArray();

        var error = Assert.Throws<MspException>(() => X509Identity.Deserialize(bytes));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.InvalidPem));
    }

    [Test]
    public void Deserialize_EmptyMspId_ThrowsInvalidIdentity()
    {
        using var pki = TestPki.Create();
        var bytes = new SerializedIdentity { IdBytes = ByteString.CopyFromUtf8(pki.Issue().CertificatePem) }.ToByteArray();

        var error = Assert.Throws<MspException>(() => X509Identity.Deserialize(bytes));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.InvalidIdentity));
    }

    [Test]
    public void FromPem_RsaCertificate_ThrowsUnsupportedKey()
    {
        using var rsa = RSA.Create(2048);

        var error = Assert.Throws<MspException>(() => X509Identity.FromPem("Org1MSP", TestPki.SelfSignedPem(rsa)));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.UnsupportedKey));
    }

    [Test]
    public void FromPem_P384Certificate_HasP384Curve()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        var identity = X509Identity.FromPem("Org1MSP", TestPki.SelfSignedPem(key));

        Assert.That(identity.Curve, Is.EqualTo(EcdsaCurve.P384));
    }

    [Test]
    public void Equals_SameCertificateDifferentMsp_IsFalse()
    {
        using var pki = TestPki.Create();
        var pem = pki.Issue().CertificatePem;

        var first = X509Identity.FromPem("Org1MSP", pem);
        var second = X509Identity.FromPem("Org2MSP", pem);

        Assert.That(first, Is.Not.EqualTo(second));
        Assert.That(first, Is.EqualTo(X509Identity.FromPem("Org1MSP", pem)));
    }
}
