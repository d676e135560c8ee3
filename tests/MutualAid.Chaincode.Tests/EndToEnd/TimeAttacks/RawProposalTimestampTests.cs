using Google.Protobuf.WellKnownTypes;
using static MutualAid.Chaincode.Tests.Support.DomainCalls;

namespace MutualAid.Chaincode.Tests.EndToEnd.TimeAttacks;

/// <summary>
/// Proposals with a missing or malformed timestamp, correctly signed and sent straight to a peer's
/// <c>protos.Endorser/ProcessProposal</c>: the peer passes them to the chaincode, as Fabric's peers do, and the
/// chaincode refuses them without endorsing.
/// </summary>
[NonParallelizable]
[CancelAfter(60_000)]
public sealed class RawProposalTimestampTests
{
    private static MutualAidNetwork Network => TimeAttackNetwork.Network;

    private static CancellationToken Cancellation => TestContext.CurrentContext.CancellationToken;

    [Test]
    public async Task ProcessProposal_SignedAndDatedNow_Endorsed()
    {
        var proposal = await RawProposals.CreateAsync(
            Network.User(InsurerMsp, "Delegate"), Timestamp.FromDateTimeOffset(TimeProvider.System.GetUtcNow()), "CreatePool", CreatePool("atk-raw-now"));

        var response = await Network.Endorser(InsurerMsp).ProcessProposalAsync(proposal, cancellationToken: Cancellation);

        Assert.That(response.Response.Status, Is.EqualTo(200), response.Response.Message);
        Assert.That(response.Endorsement, Is.Not.Null);
    }

    [Test]
    public async Task ProcessProposal_NoTimestamp_Answers400TimestampMissingWithoutEndorsement()
    {
        var proposal = await RawProposals.CreateAsync(Network.User(InsurerMsp, "Delegate"), null, "CreatePool", CreatePool("atk-raw-missing"));

        var response = await Network.Endorser(InsurerMsp).ProcessProposalAsync(proposal, cancellationToken: Cancellation);

        Assert.That(response.Response.Status, Is.EqualTo(400));
        Assert.That(response.Response.Message, Is.EqualTo("TIMESTAMP_MISSING: the proposal's channel header carries no timestamp"));
        Assert.That(response.Endorsement, Is.Null);
    }

    [TestCase(-1)]
    [TestCase(1_000_000_000)]
    public async Task ProcessProposal_NanosOutsideTheProtobufRange_Answers400TimestampInvalidWithoutEndorsement(int nanos)
    {
        var timestamp = new Timestamp { Seconds = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds(), Nanos = nanos };
        var proposal = await RawProposals.CreateAsync(Network.User(NgoMsp, "Caseworker"), timestamp, "GetPool", Pool("atk-raw-invalid"));

        var response = await Network.Endorser(NgoMsp).ProcessProposalAsync(proposal, cancellationToken: Cancellation);

        Assert.That(response.Response.Status, Is.EqualTo(400));
        Assert.That(response.Response.Message, Does.StartWith("TIMESTAMP_INVALID: the proposal's timestamp "));
        Assert.That(response.Endorsement, Is.Null);
    }
}
