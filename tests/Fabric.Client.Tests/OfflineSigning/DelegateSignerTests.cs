using System.Security.Cryptography;
using Fabric.Client.Tests.Support;
using Fabric.Msp.Identities;
using Fabric.Msp.Signing;
using Fabric.Msp.Verification;

namespace Fabric.Client.Tests.OfflineSigning;

internal sealed class DelegateSignerTests : FakeGatewayFixture
{
    [Test]
    public async Task SubmitAsync_KeyKeptElsewhere_SignsEveryStepThroughDelegate()
    {
        using var remoteKey = ECDsa.Create();
        remoteKey.ImportFromPem(TestIdentity.PrivateKeyPem);
        var calls = 0;
        var signer = new DelegateSigner(
            (digest, _) =>
            {
                Interlocked.Increment(ref calls);
                return ValueTask.FromResult(remoteKey.SignHash(digest.Span)); // raw r‖s, as many HSMs return
            },
            EcdsaCurve.P256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

        await NewGateway(signer: signer).GetNetwork(ChannelName).GetContract(ChaincodeName).SubmitAsync("Create");

        var submitted = Fake.Submissions.Single().PreparedTransaction;
        Assert.Multiple(() =>
        {
            Assert.That(calls, Is.EqualTo(3), "proposal, envelope, commit-status request");
            Assert.That(SignatureVerifier.Shared.IsValid(TestIdentity.Identity, submitted.Payload.Span, submitted.Signature.Span), Is.True);
        });
    }
}
