using System.Text;
using Fabric.Client.Errors;
using Fabric.Msp.Signing;

namespace Fabric.Client.Tests.DevNetwork;

/// <summary>Offline signing against the development network: the gateway holds no key, a separate signer signs each digest.</summary>
[NonParallelizable]
[CancelAfter(30_000)]
internal sealed class OfflineSigningRoundTripTests
{
    private static TestNetwork Network => DevNetworkSetUp.Network;

    private static CancellationToken Cancellation => TestContext.CurrentContext.CancellationToken;

    [Test]
    public async Task OfflineRoundTrip_BytesSignedElsewhere_CommitsValid()
    {
        var gateway = Network.ConnectUnsigned("InsurerMSP");
        var contract = gateway.GetNetwork(TestNetwork.ChannelName).GetContract(TestNetwork.ChaincodeName);
        using var signer = EcdsaSigner.FromPemFile(KeyFile("InsurerMSP"));

        var unsigned = contract.NewProposal("Put", ProposalOptions.FromArguments("offline-key", "signed elsewhere"));
        var proposal = gateway.NewSignedProposal(unsigned.Bytes, signer.SignDigest(unsigned.Digest));
        var endorsed = await proposal.EndorseAsync(Cancellation);
        var transaction = gateway.NewSignedTransaction(endorsed.Bytes, signer.SignDigest(endorsed.Digest));
        var submitted = await transaction.SubmitAsync(Cancellation);
        var commit = gateway.NewSignedCommit(submitted.Bytes, signer.SignDigest(submitted.Digest));
        var status = await commit.GetStatusAsync(Cancellation);

        Assert.Multiple(() =>
        {
            Assert.That(new[] { proposal.TransactionId, transaction.TransactionId, commit.TransactionId, status.TransactionId },
                Is.All.EqualTo(unsigned.TransactionId));
            Assert.That(status.Successful, Is.True);
            Assert.That(Encoding.UTF8.GetString(endorsed.Result), Is.EqualTo("signed elsewhere"));
            Assert.That(Network.Ledger.Transactions.TryGet(status.TransactionId, out var location), Is.True);
            Assert.That(location.BlockNumber, Is.EqualTo(status.BlockNumber));
            Assert.That(Network.Ledger.State.Get(TestNetwork.ChaincodeName, "offline-key")?.Value, Is.EqualTo("signed elsewhere"u8.ToArray()));
        });
    }

    [Test]
    public async Task OfflineEvaluate_SignedWithTheWrongKey_RefusedByThePeer()
    {
        var gateway = Network.ConnectUnsigned("InsurerMSP");
        var contract = gateway.GetNetwork(TestNetwork.ChannelName).GetContract(TestNetwork.ChaincodeName);
        using var otherKey = EcdsaSigner.FromPemFile(KeyFile("NgoMSP"));
        using var signer = EcdsaSigner.FromPemFile(KeyFile("InsurerMSP"));

        var unsigned = contract.NewProposal("WhoAmI");
        var forged = gateway.NewSignedProposal(unsigned.Bytes, otherKey.SignDigest(unsigned.Digest));
        var genuine = gateway.NewSignedProposal(unsigned.Bytes, signer.SignDigest(unsigned.Digest));

        Assert.ThrowsAsync<EvaluateException>(() => forged.EvaluateAsync(Cancellation));
        Assert.That(Encoding.UTF8.GetString(await genuine.EvaluateAsync(Cancellation)), Does.Contain("\"mspId\":\"InsurerMSP\""));
    }

    private static string KeyFile(string mspId) =>
        Directory.GetFiles(Path.Combine(Network.UserDirectory(mspId), "msp", "keystore")).Single();
}
