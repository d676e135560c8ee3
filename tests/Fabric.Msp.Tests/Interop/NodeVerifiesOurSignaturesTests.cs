using Fabric.Msp.Tests.Support;
using Fabric.Msp.Verification;

namespace Fabric.Msp.Tests.Interop;

/// <summary>
/// Signatures made here, checked by Node's crypto (one node process for the fixture): good ones verify
/// and are DER and low-S; their high-S twins verify in Node, which does not enforce low-S, but are
/// rejected here, which shows the rejection is about S and not a broken signature.
/// </summary>
public class NodeVerifiesOurSignaturesTests
{
    private const int Count = 200;
    private TestPki _pki = null!;
    private TestPki.Issued _issued = null!;
    private List<byte[]> _messages = null!;
    private List<byte[]> _signatures = null!;
    private List<byte[]> _highS = null!;
    private IReadOnlyList<NodeMsp.VerifyResult> _nodeResults = null!;

    [OneTimeSetUp]
    public async Task SignAndVerifyInNode()
    {
        _pki = TestPki.Create();
        _issued = _pki.Issue();
        _messages = Enumerable.Range(0, Count).Select(i => System.Text.Encoding.UTF8.GetBytes($"message {i} {new string('x', i)}")).ToList();
        _signatures = _messages.Select(m => _issued.Signer.Sign(m)).ToList();
        _highS = _signatures.Select(Signatures.ToHighS).ToList();
        var items = _messages.Zip(_signatures.Concat(_highS), (m, s) => new { message = Convert.ToHexString(m), signature = Convert.ToHexString(s) })
            .Concat(_messages.Zip(_highS, (m, s) => new { message = Convert.ToHexString(m), signature = Convert.ToHexString(s) }))
            .ToList();
        _nodeResults = await NodeMsp.RunAsync<List<NodeMsp.VerifyResult>>(
            "verify-signatures.js", new { certificatePem = _issued.CertificatePem, items });
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        _issued.Signer.Dispose();
        _pki.Dispose();
    }

    [Test]
    public void NodeVerify_OurSignatures_AllVerifyAndAreDerLowS()
    {
        var ours = _nodeResults.Take(Count).ToList();

        Assert.That(ours, Has.Count.EqualTo(Count));
        Assert.That(ours, Has.All.Matches<NodeMsp.VerifyResult>(r => r.Verified && r.Der && r.LowS));
    }

    [Test]
    public void NodeVerify_HighSTwins_VerifyInNodeButAreRejectedHere()
    {
        var highInNode = _nodeResults.Skip(Count).ToList();
        var verifier = new SignatureVerifier();

        Assert.That(highInNode, Has.All.Matches<NodeMsp.VerifyResult>(r => r.Verified && r.Der && !r.LowS));
        for (var i = 0; i < Count; i++)
        {
            Assert.That(verifier.IsValid(_issued.Identity, _messages[i], _signatures[i]), Is.True);
            Assert.That(verifier.IsValid(_issued.Identity, _messages[i], _highS[i]), Is.False);
        }
    }
}
