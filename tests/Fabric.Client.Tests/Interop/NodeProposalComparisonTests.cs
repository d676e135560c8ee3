using System.Text;
using System.Text.Json;
using Fabric.Client.Tests.Support;
using Fabric.Msp.Transactions;
using Fabric.Protos.Common;
using NodeInterop.Support;

namespace Fabric.Client.Tests.Interop;

/// <summary>
/// The official Node client (@hyperledger/fabric-gateway 1.11.0) and this client build a proposal for the
/// same identity and inputs; decoded, they agree on every field but the nonce, transaction id and
/// timestamp, which must each be well formed.
/// </summary>
internal sealed class NodeProposalComparisonTests : FakeGatewayFixture
{
    private static readonly byte[][] Arguments = [Encoding.UTF8.GetBytes("claim-42"), Encoding.UTF8.GetBytes("1500"), [0, 1, 2, 255]];

    [TestCase(null, TestName = "NewProposal_DefaultContract_MatchesNodeClient")]
    [TestCase("ClaimsContract", TestName = "NewProposal_NamedContract_MatchesNodeClient")]
    public async Task NewProposal_SameInputs_MatchesNodeClient(string? contractName)
    {
        var transient = new Dictionary<string, byte[]> { ["medical"] = Encoding.UTF8.GetBytes("{\"diagnosis\":\"x\"}"), ["salt"] = [9, 8, 7] };
        var node = await NodeProposal(contractName, transient, "Org1MSP", "Org2MSP");
        var options = new ProposalOptions().WithArguments(Arguments).WithEndorsingOrganizations("Org1MSP", "Org2MSP");
        foreach (var (key, value) in transient)
        {
            options.WithTransient(key, value);
        }

        var ours = DecodedProposal.From(NewContract(contractName: contractName).NewProposal("SubmitClaim", options).Bytes);

        Assert.Multiple(() =>
        {
            AssertWellFormed(node, "node");
            AssertWellFormed(ours, "ours");
            Assert.That(ours.Proposed.EndorsingOrganizations, Is.EqualTo(node.Proposed.EndorsingOrganizations));
            Assert.That(ours.Proposed.Proposal.Signature, Is.EqualTo(node.Proposed.Proposal.Signature), "both unsigned");
            Assert.That(WithoutVariableFields(ours.ChannelHeader), Is.EqualTo(WithoutVariableFields(node.ChannelHeader)));
            Assert.That(WithoutNonce(ours.SignatureHeader), Is.EqualTo(WithoutNonce(node.SignatureHeader)));
            Assert.That(ours.Payload, Is.EqualTo(node.Payload), "invocation spec bytes and transient map");
            Assert.That(ours.Payload.Input.ToByteArray(), Is.EqualTo(node.Payload.Input.ToByteArray()), "identical invocation spec bytes");
            Assert.That(ours.Spec, Is.EqualTo(node.Spec));
            Assert.That(ProposalExtension(ours), Is.EqualTo(ProposalExtension(node)));
        });
    }

    private static async Task<DecodedProposal> NodeProposal(string? contractName, Dictionary<string, byte[]> transient, params string[] organizations)
    {
        var input = JsonSerializer.Serialize(new
        {
            mspId = TestIdentity.MspId,
            certificatePem = TestIdentity.CertificatePem,
            privateKeyPem = TestIdentity.PrivateKeyPem,
            channel = ChannelName,
            chaincode = ChaincodeName,
            contract = contractName,
            transaction = "SubmitClaim",
            arguments = Arguments.Select(Convert.ToBase64String),
            transient = transient.ToDictionary(e => e.Key, e => Convert.ToBase64String(e.Value)),
            endorsingOrganizations = organizations,
        });
        var output = await NodeScript.RunAsync("client/new-proposal.js", input);
        using var json = JsonDocument.Parse(output);
        return DecodedProposal.From(Convert.FromBase64String(json.RootElement.GetProperty("bytes").GetString()!));
    }

    private static void AssertWellFormed(DecodedProposal proposal, string who)
    {
        var header = proposal.SignatureHeader;
        Assert.That(header.Nonce.Length, Is.EqualTo(TransactionId.NonceLength), who + " nonce");
        Assert.That(proposal.ChannelHeader.TxId, Is.EqualTo(TransactionId.Compute(header.Nonce.Span, header.Creator.Span)), who + " tx id");
        Assert.That(proposal.Proposed.TransactionId, Is.EqualTo(proposal.ChannelHeader.TxId), who + " proposed tx id");
        Assert.That(proposal.ChannelHeader.Timestamp.Nanos % 1_000_000, Is.Zero, who + " timestamp in ms");
        Assert.That(proposal.ChannelHeader.Timestamp.ToDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(2)), who + " timestamp");
    }

    private static ChannelHeader WithoutVariableFields(ChannelHeader header)
    {
        var copy = header.Clone();
        copy.TxId = string.Empty;
        copy.Timestamp = null;
        return copy;
    }

    private static SignatureHeader WithoutNonce(SignatureHeader header)
    {
        var copy = header.Clone();
        copy.Nonce = Google.Protobuf.ByteString.Empty;
        return copy;
    }

    private static Google.Protobuf.ByteString ProposalExtension(DecodedProposal proposal) =>
        Fabric.Protos.Peer.Proposal.Parser.ParseFrom(proposal.Proposed.Proposal.ProposalBytes).Extension;
}
