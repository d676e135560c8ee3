using Fabric.Msp.Errors;
using Fabric.Msp.Identities;
using Fabric.Msp.Signing;
using Fabric.Msp.Tests.Support;
using Fabric.Msp.Verification;

namespace Fabric.Msp.Tests.Verification;

public class SignatureVerifierTests
{
    private TestPki _pki = null!;
    private TestPki.Issued _issued = null!;

    [OneTimeSetUp]
    public void CreateIdentity()
    {
        _pki = TestPki.Create();
        _issued = _pki.Issue();
    }

    [OneTimeTearDown]
    public void DisposePki()
    {
        _issued.Signer.Dispose();
        _pki.Dispose();
    }

    [Test]
    public void Verify_GoodSignature_Succeeds()
    {
        var verifier = new SignatureVerifier();
        var signature = _issued.Signer.Sign("hello"u8);

        Assert.That(() => verifier.Verify(_issued.Identity, "hello"u8, signature), Throws.Nothing);
        Assert.That(verifier.IsValid(_issued.Identity, "hello"u8, signature), Is.True);
    }

    [Test]
    public void Verify_OtherMessage_ThrowsInvalidSignature()
    {
        var signature = _issued.Signer.Sign("hello"u8);

        var error = Assert.Throws<SignatureRejectedException>(() => new SignatureVerifier().Verify(_issued.Identity, "hullo"u8, signature));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.InvalidSignature));
        Assert.That(error.Message, Does.StartWith("INVALID_SIGNATURE: "));
    }

    [Test]
    public void Verify_HighSOfValidSignature_ThrowsHighSSignature()
    {
        var high = Signatures.ToHighS(_issued.Signer.Sign("hello"u8));

        var error = Assert.Throws<SignatureRejectedException>(() => new SignatureVerifier().Verify(_issued.Identity, "hello"u8, high));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.HighSSignature));
    }

    [Test]
    public void Verify_TruncatedSignature_ThrowsMalformedSignature()
    {
        var signature = _issued.Signer.Sign("hello"u8);

        var error = Assert.Throws<SignatureRejectedException>(
            () => new SignatureVerifier().Verify(_issued.Identity, "hello"u8, signature.AsSpan(0, signature.Length - 3)));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.MalformedSignature));
    }

    [TestCase(new byte[0])]
    [TestCase(new byte[] { 0x30, 0x00 })]
    [TestCase(new byte[] { 0xDE, 0xAD, 0xBE, 0xEF })]
    public void IsValid_GarbageSignature_IsFalse(byte[] signature)
    {
        Assert.That(new SignatureVerifier().IsValid(_issued.Identity, "hello"u8, signature), Is.False);
    }

    [Test]
    public void Verify_TrailingByteAfterDer_ThrowsMalformedSignature()
    {
        var signature = _issued.Signer.Sign("hello"u8).Append((byte)0).ToArray();

        var error = Assert.Throws<SignatureRejectedException>(() => new SignatureVerifier().Verify(_issued.Identity, "hello"u8, signature));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.MalformedSignature));
    }

    [Test]
    public void Verify_DeserializedIdentities_ShareOneCachedKey()
    {
        var verifier = new SignatureVerifier();
        var signature = _issued.Signer.Sign("hello"u8);

        for (var i = 0; i < 5; i++)
        {
            verifier.Verify(X509Identity.Deserialize(_issued.Identity.Serialized.Span), "hello"u8, signature);
        }

        Assert.That(verifier.CachedKeyCount, Is.EqualTo(1));
    }

    [Test]
    public void Verify_CapacityExceeded_StartsAfreshAndStillVerifies()
    {
        var verifier = new SignatureVerifier(capacity: 1);
        var other = _pki.Issue("User2@org1.example.com");

        verifier.Verify(_issued.Identity, "a"u8, _issued.Signer.Sign("a"u8));
        verifier.Verify(other.Identity, "b"u8, other.Signer.Sign("b"u8));

        Assert.That(verifier.CachedKeyCount, Is.EqualTo(1));
        other.Signer.Dispose();
    }

    [Test]
    public void Verify_ConcurrentCallers_AllSucceed()
    {
        var verifier = new SignatureVerifier();
        var identities = Enumerable.Range(0, 4).Select(i => _pki.Issue($"User{i}@org1.example.com")).ToList();
        var failures = 0;

        Parallel.For(0, 2000, i =>
        {
            var issued = identities[i % identities.Count];
            var message = BitConverter.GetBytes(i);
            if (!verifier.IsValid(issued.Identity, message, issued.Signer.Sign(message)))
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.That(failures, Is.Zero);
        Assert.That(verifier.CachedKeyCount, Is.EqualTo(4));
        identities.ForEach(i => i.Signer.Dispose());
    }

    [Test]
    public void VerifyDigest_P384Identity_VerifiesSha256Digest()
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP384);
        var identity = X509Identity.FromPem("Org1MSP", TestPki.SelfSignedPem(key));
        using var signer = new EcdsaSigner(System.Security.Cryptography.ECDsa.Create(key.ExportParameters(true)));
        var digest = System.Security.Cryptography.SHA256.HashData("m"u8);

        Assert.That(() => new SignatureVerifier().VerifyDigest(identity, digest, signer.SignDigest(digest)), Throws.Nothing);
    }
}
