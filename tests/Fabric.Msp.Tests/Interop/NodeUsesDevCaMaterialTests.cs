using System.Text;
using Fabric.Msp.DevCa;
using Fabric.Msp.Tests.Support;
using Fabric.Msp.Transactions;
using Fabric.Msp.Verification;

namespace Fabric.Msp.Tests.Interop;

/// <summary>The official gateway client loads a development-CA user from disk, signs, and builds a proposal.</summary>
public class NodeUsesDevCaMaterialTests
{
    private string _root = null!;
    private Fabric.Msp.Signing.SigningIdentity _user = null!;
    private List<byte[]> _messages = null!;
    private List<string> _signatures = null!;
    private NodeMsp.ProposalResult _proposal = null!;

    [OneTimeSetUp]
    public async Task GenerateAndRunNode()
    {
        _root = Path.Combine(Path.GetTempPath(), "fabric-msp-node-" + Guid.NewGuid().ToString("N"));
        var consortium = SampleConsortium.Create();
        DevCryptoMaterial.Ensure(_root, consortium);
        var organization = consortium.PeerOrganizations[0];
        _user = DevCryptoMaterial.LoadUser(_root, organization, "User1");
        var msp = OrganizationLayout.For(_root, organization).UserMspDirectory("User1");
        var certificatePath = OrganizationLayout.SignCertificatePath(msp, "User1@insurer.mutualaid.local");
        var keyPath = OrganizationLayout.KeystorePath(msp);
        _messages = Enumerable.Range(0, 20).Select(i => Encoding.UTF8.GetBytes($"tx {i}")).ToList();
        var signing = NodeMsp.RunAsync<List<string>>(
            "gateway-sign.js", new { privateKeyPath = keyPath, messages = _messages.Select(Convert.ToHexString) });
        var proposal = NodeMsp.RunAsync<NodeMsp.ProposalResult>(
            "gateway-proposal.js", new { mspId = organization.MspId, certificatePath, privateKeyPath = keyPath });
        _signatures = await signing;
        _proposal = await proposal;
    }

    [OneTimeTearDown]
    public void Delete() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Verify_GatewaySignaturesWithGeneratedKey_VerifyHere()
    {
        var verifier = new SignatureVerifier();

        var valid = _messages.Zip(_signatures, (m, s) => verifier.IsValid(_user.Identity, m, Convert.FromHexString(s)));

        Assert.That(valid, Has.All.True);
    }

    [Test]
    public void Proposal_GeneratedCertificateFromDisk_CreatorAndTxIdMatchOurs()
    {
        var creator = Convert.FromHexString(_proposal.Creator);

        Assert.That(creator, Is.EqualTo(_user.Identity.Serialized.ToArray()));
        Assert.That(TransactionId.Compute(Convert.FromHexString(_proposal.Nonce), creator), Is.EqualTo(_proposal.TransactionId));
    }
}
