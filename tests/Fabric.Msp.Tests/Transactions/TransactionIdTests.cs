using System.Security.Cryptography;
using System.Text;
using Fabric.Msp.Tests.Support;
using Fabric.Msp.Transactions;

namespace Fabric.Msp.Tests.Transactions;

public class TransactionIdTests
{
    [Test]
    public void Compute_KnownVector_MatchesSha256OfNonceAndCreator()
    {
        var txId = TransactionId.Compute(new byte[24], "creator"u8);

        Assert.That(txId, Is.EqualTo("4bf15d756eab11263d7a8b78ba21e80c64bf8f3ed944ca59a1a08d8b027765e1"));
    }

    [Test]
    public void NewNonce_Called_Returns24RandomBytes()
    {
        var first = TransactionId.NewNonce();
        var second = TransactionId.NewNonce();

        Assert.That(first, Has.Length.EqualTo(24));
        Assert.That(first, Is.Not.EqualTo(second));
    }

    [Test]
    public void New_Identity_UsesSerializedIdentityAsCreator()
    {
        using var pki = TestPki.Create();
        var identity = pki.Issue().Identity;

        var context = TransactionContext.New(identity);

        Assert.That(context.Creator.ToArray(), Is.EqualTo(identity.Serialized.ToArray()));
        Assert.That(context.Nonce.Length, Is.EqualTo(24));
        var expected = Convert.ToHexStringLower(SHA256.HashData(context.Nonce.ToArray().Concat(identity.Serialized.ToArray()).ToArray()));
        Assert.That(context.TransactionId, Is.EqualTo(expected));
    }

    [TestCase(0UL, "abb64b5396cc345b4a74c0fac942fc88c27204131218533723b124dff1bfc67b")]
    [TestCase(258UL, "5f1b098bca1b8b9c9543165cdeffbe504825b3123bd52a3a9c1673a9a64992c5")]
    public void ProposalBinding_KnownVector_HashesEpochLittleEndian(ulong epoch, string expected)
    {
        var nonce = Enumerable.Range(0, 24).Select(i => (byte)i).ToArray();

        var binding = ProposalBinding.Compute(nonce, Encoding.ASCII.GetBytes("creator"), epoch);

        Assert.That(binding, Is.EqualTo(expected));
    }
}
