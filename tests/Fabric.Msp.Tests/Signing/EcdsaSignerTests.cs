using System.Security.Cryptography;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;
using Fabric.Msp.Signing;
using Fabric.Msp.Tests.Support;

namespace Fabric.Msp.Tests.Signing;

public class EcdsaSignerTests
{
    [Test]
    public void Sign_ManyMessages_AllDerAndLowSAndVerifiable()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var signer = new EcdsaSigner(ECDsa.Create(key.ExportParameters(true)));

        for (var i = 0; i < 200; i++)
        {
            var message = BitConverter.GetBytes(i);
            var signature = signer.Sign(message);

            Assert.That(DerSignature.IsLowS(signature), Is.True);
            Assert.That(key.VerifyData(message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence), Is.True);
        }
    }

    [Test]
    public async Task SignAsync_Message_SignsSha256Digest()
    {
        using var pki = TestPki.Create();
        var issued = pki.Issue();
        var message = "proposal bytes"u8.ToArray();

        var signature = await ((ISigner)issued.Signer).SignAsync(message);

        Assert.That(() => Fabric.Msp.Verification.SignatureVerifier.Shared.Verify(issued.Identity, message, signature), Throws.Nothing);
    }

    [Test]
    public void SignDigest_P384Key_ProducesLowSSignatureOverSha256()
    {
        using var signer = new EcdsaSigner(ECDsa.Create(ECCurve.NamedCurves.nistP384));
        var digest = SHA256.HashData("x"u8);

        var signature = signer.SignDigest(digest);

        Assert.That(signer.Curve, Is.EqualTo(EcdsaCurve.P384));
        Assert.That(DerSignature.IsLowS(signature, EcdsaCurve.P384), Is.True);
    }

    [Test]
    public void Constructor_P521Key_ThrowsUnsupportedKey()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP521);

        var error = Assert.Throws<MspException>(() => _ = new EcdsaSigner(key));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.UnsupportedKey));
    }

    [Test]
    public void Matches_OwnAndOtherCertificate_TellsThemApart()
    {
        using var pki = TestPki.Create();
        var first = pki.Issue();
        var second = pki.Issue("User2@org1.example.com");

        Assert.That(first.Signer.Matches(first.Identity.Certificate), Is.True);
        Assert.That(first.Signer.Matches(second.Identity.Certificate), Is.False);
    }
}
