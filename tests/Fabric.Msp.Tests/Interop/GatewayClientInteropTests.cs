using System.Text;
using Fabric.Msp.Identities;
using Fabric.Msp.Tests.Support;
using Fabric.Msp.Transactions;
using Fabric.Msp.Verification;

namespace Fabric.Msp.Tests.Interop;

/// <summary>
/// Against the official <c>@hyperledger/fabric-gateway</c> client: its transaction id equals ours for the
/// same nonce and creator, its creator bytes equal our serialized identity, and its signer's signatures
/// verify here.
/// </summary>
public class GatewayClientInteropTests
{
    private const int Count = 100;
    private TestPki _pki = null!;
    private TestPki.Issued _issued = null!;
    private List<byte[]> _messages = null!;
    private List<string> _nodeSignatures = null!;
    private NodeMsp.ProposalResult _proposal = null!;

    [OneTimeSetUp]
    public async Task RunGatewayClient()
    {
        _pki = TestPki.Create();
        _issued = _pki.Issue();
        _messages = Enumerable.Range(0, Count).Select(i => Encoding.UTF8.GetBytes($"proposal {i}")).ToList();
        var signing = NodeMsp.RunAsync<List<string>>(
            "gateway-sign.js", new { privateKeyPem = _issued.PrivateKeyPem, messages = _messages.Select(Convert.ToHexString) });
        var proposal = NodeMsp.RunAsync<NodeMsp.ProposalResult>(
            "gateway-proposal.js", new { mspId = TestPki.MspId, certificatePem = _issued.CertificatePem, privateKeyPem = _issued.PrivateKeyPem });
        _nodeSignatures = await signing;
        _proposal = await proposal;
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        _issued.Signer.Dispose();
        _pki.Dispose();
    }

    [Test]
    public void Compute_NonceAndCreatorFromGatewayProposal_EqualsGatewayTransactionId()
    {
        var nonce = Convert.FromHexString(_proposal.Nonce);
        var creator = Convert.FromHexString(_proposal.Creator);

        var txId = TransactionId.Compute(nonce, creator);

        Assert.That(nonce, Has.Length.EqualTo(24));
        Assert.That(txId, Is.EqualTo(_proposal.TransactionId));
    }

    [Test]
    public void Serialized_SameCertificate_EqualsGatewayCreatorBytes()
    {
        var creator = Convert.FromHexString(_proposal.Creator);

        Assert.That(_issued.Identity.Serialized.ToArray(), Is.EqualTo(creator));
        Assert.That(X509Identity.Deserialize(creator), Is.EqualTo(_issued.Identity));
    }

    [Test]
    public void Verify_GatewaySignerSignatures_AllVerifyHere()
    {
        var verifier = new SignatureVerifier();

        Assert.That(_nodeSignatures, Has.Count.EqualTo(Count));
        for (var i = 0; i < Count; i++)
        {
            Assert.That(
                () => verifier.Verify(_issued.Identity, _messages[i], Convert.FromHexString(_nodeSignatures[i])),
                Throws.Nothing,
                $"signature {i}");
        }
    }
}
