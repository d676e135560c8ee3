using Fabric.Protos.Common;
using Fabric.Protos.GatewayApi;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace MutualAid.DevNetwork.Tests.Gateway;

/// <summary>Key-level endorsement policies set through state metadata (VALIDATION_PARAMETER).</summary>
[NonParallelizable]
[CancelAfter(60_000)]
public class KeyLevelPolicyTests
{
    private GatewayFixture _fixture = null!;

    [OneTimeSetUp]
    public async Task Start() => _fixture = await GatewayFixture.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _fixture.DisposeAsync();

    [Test]
    public async Task KeyWithPolicyNeedingRegulator_GatewayAddsItsPeer_WithoutItCommitFails()
    {
        await SubmitAsync(await EndorseAsync("put", "guarded", "0"));
        await SubmitAsync(await EndorseAsync("vp", "guarded", "AND('InsurerMSP.peer', 'NgoMSP.peer', 'RegulatorMSP.peer')"));

        var endorsed = await EndorseAsync("put", "guarded", "1");
        var endorsers = Endorsements(endorsed).Select(e => Fabric.Msp.Identities.X509Identity.Deserialize(e.Endorser.Span).MspId).ToList();
        var stripped = await EndorseAsync("put", "guarded", "2");
        var withoutRegulator = Strip(stripped, "RegulatorMSP");

        Assert.That(endorsers, Is.EquivalentTo(new[] { "InsurerMSP", "NgoMSP", "RegulatorMSP" }), "the gateway satisfies the key's policy");
        Assert.That(await SubmitAsync(endorsed), Is.EqualTo(TxValidationCode.Valid));
        Assert.That(await SubmitAsync(withoutRegulator), Is.EqualTo(TxValidationCode.EndorsementPolicyFailure));
    }

    private async Task<(Envelope Envelope, string TxId)> EndorseAsync(params string[] args)
    {
        var (proposal, txId) = await TestProposals.CreateAsync(_fixture.User(), "kv", args);
        var response = await _fixture.Gateway().EndorseAsync(new EndorseRequest { TransactionId = txId, ChannelId = "mutualaid", ProposedTransaction = proposal });
        return (response.PreparedTransaction, txId);
    }

    private async Task<TxValidationCode> SubmitAsync((Envelope Envelope, string TxId) endorsed)
    {
        var status = await GatewayCalls.SubmitAndWaitAsync(_fixture.Gateway(), _fixture.User(), endorsed.Envelope, endorsed.TxId);
        return status.Result;
    }

    private static IReadOnlyList<Fabric.Protos.Peer.Endorsement> Endorsements((Envelope Envelope, string TxId) endorsed)
    {
        var transaction = Transaction.Parser.ParseFrom(Payload.Parser.ParseFrom(endorsed.Envelope.Payload).Data);
        return ChaincodeActionPayload.Parser.ParseFrom(transaction.Actions[0].Payload).Action.Endorsements;
    }

    private static (Envelope Envelope, string TxId) Strip((Envelope Envelope, string TxId) endorsed, string mspId)
    {
        var payload = Payload.Parser.ParseFrom(endorsed.Envelope.Payload);
        var transaction = Transaction.Parser.ParseFrom(payload.Data);
        var action = ChaincodeActionPayload.Parser.ParseFrom(transaction.Actions[0].Payload);
        var keep = action.Action.Endorsements.Where(e => Fabric.Msp.Identities.X509Identity.Deserialize(e.Endorser.Span).MspId != mspId).ToList();
        action.Action.Endorsements.Clear();
        action.Action.Endorsements.AddRange(keep);
        transaction.Actions[0].Payload = action.ToByteString();
        payload.Data = transaction.ToByteString();
        return (new Envelope { Payload = payload.ToByteString() }, endorsed.TxId);
    }
}
