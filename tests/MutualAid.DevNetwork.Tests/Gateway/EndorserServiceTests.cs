using Fabric.Msp.Identities;
using MutualAid.DevNetwork.Validation;

namespace MutualAid.DevNetwork.Tests.Gateway;

/// <summary>The peer's Endorser service, as tools that endorse peer by peer use it.</summary>
[NonParallelizable]
[CancelAfter(60_000)]
public class EndorserServiceTests
{
    private GatewayFixture _fixture = null!;

    [OneTimeSetUp]
    public async Task Start() => _fixture = await GatewayFixture.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _fixture.DisposeAsync();

    [Test]
    public async Task ProcessProposal_OnNgoPeer_EndorsedByThatPeerWithValidSignature()
    {
        var (proposal, _) = await TestProposals.CreateAsync(_fixture.User(), "kv", ["put", "p", "1"]);

        var response = await _fixture.Endorser("NgoMSP").ProcessProposalAsync(proposal);

        var endorser = X509Identity.Deserialize(response.Endorsement.Endorser.Span);
        Assert.That(response.Response.Status, Is.EqualTo(200));
        Assert.That(endorser.MspId, Is.EqualTo("NgoMSP"));
        Assert.That(_fixture.Host.Network.Membership.Verify(endorser,
            BlockValidator.EndorsementMessage(response.Payload, response.Endorsement.Endorser.Span), response.Endorsement.Signature.Span), Is.True);
    }

    [TestCase("fail", 500, true)]
    [TestCase("unknown", 400, false)]
    public async Task ProcessProposal_ChaincodeError_NotEndorsed(string function, int status, bool hasPayload)
    {
        var (proposal, _) = await TestProposals.CreateAsync(_fixture.User(), "kv", [function, "x"]);

        var response = await _fixture.Endorser("InsurerMSP").ProcessProposalAsync(proposal);

        Assert.That(response.Response.Status, Is.EqualTo(status));
        Assert.That(response.Endorsement, Is.Null);
        Assert.That(response.Payload.IsEmpty, Is.EqualTo(!hasPayload), "status ≥ 500 keeps the payload, 4xx does not");
    }
}
