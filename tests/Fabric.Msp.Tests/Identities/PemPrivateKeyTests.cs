using System.Security.Cryptography;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;

namespace Fabric.Msp.Tests.Identities;

public class PemPrivateKeyTests
{
    [Test]
    public void Load_Pkcs8P256_ReturnsKey()
    {
        using var original = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = original.ExportPkcs8PrivateKeyPem();

        using var key = PemPrivateKey.Load(pem);

        Assert.That(key.ExportSubjectPublicKeyInfo(), Is.EqualTo(original.ExportSubjectPublicKeyInfo()));
    }

    [Test]
    public void Load_Sec1EcPrivateKey_ReturnsKey()
    {
        using var original = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = original.ExportECPrivateKeyPem();

        using var key = PemPrivateKey.Load(pem);

        Assert.That(pem, Does.StartWith("-----BEGIN EC PRIVATE KEY-----"));
        Assert.That(key.ExportSubjectPublicKeyInfo(), Is.EqualTo(original.ExportSubjectPublicKeyInfo()));
    }

    [Test]
    public void Load_P384Key_IsAccepted()
    {
        using var original = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        using var key = PemPrivateKey.Load(original.ExportPkcs8PrivateKeyPem());

        Assert.That(key.KeySize, Is.EqualTo(384));
    }

    [Test]
    public void Load_P521Key_ThrowsUnsupportedKey()
    {
        using var original = ECDsa.Create(ECCurve.NamedCurves.nistP521);

        var error = Assert.Throws<MspException>(() => PemPrivateKey.Load(original.ExportPkcs8PrivateKeyPem()));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.UnsupportedKey));
    }

    [Test]
    public void Load_RsaPkcs8Key_ThrowsUnsupportedKeyNamingRsa()
    {
        using var rsa = RSA.Create(2048);

        var error = Assert.Throws<MspException>(() => PemPrivateKey.Load(rsa.ExportPkcs8PrivateKeyPem()));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.UnsupportedKey));
        Assert.That(error.Message, Does.Contain("RSA"));
    }

    [Test]
    public void Load_RsaPkcs1Key_ThrowsUnsupportedKey()
    {
        using var rsa = RSA.Create(2048);

        var error = Assert.Throws<MspException>(() => PemPrivateKey.Load(rsa.ExportRSAPrivateKeyPem()));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.UnsupportedKey));
    }

    [Test]
    public void Load_EncryptedKey_ThrowsUnsupportedKey()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = key.ExportEncryptedPkcs8PrivateKeyPem(
            "pw", new PbeParameters(PbeEncryptionAlgorithm.Aes128Cbc, HashAlgorithmName.SHA256, 1));

        var error = Assert.Throws<MspException>(() => PemPrivateKey.Load(pem));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.UnsupportedKey));
    }

    [Test]
    public void Load_CorruptKeyDer_ThrowsInvalidPrivateKey()
    {
        var pem = "-----BEGIN EC PRIVATE KEY-----\nAQIDBAUG\n-----END EC PRIVATE KEY-----\n";

        var error = Assert.Throws<MspException>(() => PemPrivateKey.Load(pem));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.InvalidPrivateKey));
    }

    [Test]
    public void Load_NoKeyBlock_ThrowsInvalidPem()
    {
        var error = Assert.Throws<MspException>(() => PemPrivateKey.Load("hello"));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.InvalidPem));
    }
}
