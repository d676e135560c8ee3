using System.Security.Cryptography;
using Fabric.Msp.Errors;
using Fabric.Msp.Signing;
using Fabric.Msp.Tests.Support;
using Fabric.Msp.Verification;

namespace Fabric.Msp.Tests.Signing;

public class DelegateSignerTests
{
    [Test]
    public async Task SignAsync_RemoteReturnsHighS_NormalisesToVerifiableLowS()
    {
        using var pki = TestPki.Create();
        var issued = pki.Issue();
        var remote = new DelegateSigner((digest, _) => ValueTask.FromResult(Signatures.ToHighS(issued.Signer.SignDigest(digest.Span))));
        var message = "tx"u8.ToArray();

        var signature = await remote.SignAsync(message);

        Assert.That(DerSignature.IsLowS(signature), Is.True);
        Assert.That(SignatureVerifier.Shared.IsValid(issued.Identity, message, signature), Is.True);
    }

    [Test]
    public async Task SignAsync_RemoteReturnsP1363_ConvertsToDer()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var remote = new DelegateSigner(
            (digest, _) => ValueTask.FromResult(key.SignHash(digest.Span.ToArray())),
            format: DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        var message = "tx"u8.ToArray();

        var signature = await remote.SignAsync(message);

        Assert.That(key.VerifyData(message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence), Is.True);
    }

    [Test]
    public void SignAsync_RemoteReturnsGarbage_ThrowsMalformedSignature()
    {
        var remote = new DelegateSigner((_, _) => ValueTask.FromResult(new byte[] { 1, 2, 3 }));

        var error = Assert.ThrowsAsync<SignatureRejectedException>(async () => await remote.SignAsync("m"u8.ToArray()));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.MalformedSignature));
    }

    [Test]
    public async Task SignDigestAsync_PassesDigestAndCancellationToDelegate()
    {
        using var cts = new CancellationTokenSource();
        byte[]? seenDigest = null;
        var seenToken = CancellationToken.None;
        using var pki = TestPki.Create();
        var issued = pki.Issue();
        var remote = new DelegateSigner((digest, token) =>
        {
            seenDigest = digest.ToArray();
            seenToken = token;
            return ValueTask.FromResult(issued.Signer.SignDigest(digest.Span));
        });

        await remote.SignAsync("abc"u8.ToArray(), cts.Token);

        Assert.That(seenDigest, Is.EqualTo(SHA256.HashData("abc"u8)));
        Assert.That(seenToken, Is.EqualTo(cts.Token));
    }
}
