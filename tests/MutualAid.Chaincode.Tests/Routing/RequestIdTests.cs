using Fabric.Shim.Testing;
using MutualAid.Chaincode.Tests.Support;
using MutualAid.Chaincode.Time;
using MutualAid.Domain.State;
using static MutualAid.Chaincode.Tests.Support.DomainCalls;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace MutualAid.Chaincode.Tests.Routing;

/// <summary>The optional <c>requestId</c> of a write, end to end through the shim and the scripted peer.</summary>
[CancelAfter(30_000)]
public sealed class RequestIdTests
{
    private const string PoolId = "health-test";

    private MutualAidChaincode _chaincode = null!;
    private ChaincodeHarness _harness = null!;

    private static ProposalFactory Delegate => TestCallers.For(InsurerMsp, "delegate");

    private static ProposalFactory NgoCaseworker => TestCallers.For(NgoMsp, "caseworker");

    [SetUp]
    public async Task SetUp()
    {
        var time = ChaincodeHarness.NewTime();
        _chaincode = new MutualAidChaincode(clock: new ClockCheck(time, LedgerTime.DefaultTolerance));
        _harness = await ChaincodeHarness.StartAsync(_chaincode, time);
        await _harness.CallAsync(Delegate, "CreatePool", CreatePool(PoolId));
    }

    [TearDown]
    public async Task TearDown()
    {
        await _harness.DisposeAsync();
        _chaincode.Dispose();
    }

    private static string WithRequestId(string json, string requestId) => $"{{\"requestId\":\"{requestId}\",{json[1..]}";

    [Test]
    public async Task EnrollMember_RetriedInANewTransactionWithSameRequestId_ReturnsTheFirstResponseAndWritesNothing()
    {
        var args = WithRequestId(EnrollMember(PoolId, "ada", Hash("iban-ada")), "enrol-ada-1");
        var (first, firstEvent, firstTxId) = await _harness.CallAsync(NgoCaseworker, "EnrollMember", args);
        _harness.Ledger.Requests.Clear();

        var (retry, retryEvent, retryTxId) = await _harness.CallAsync(NgoCaseworker, "EnrollMember", args);

        Assert.Multiple(() =>
        {
            Assert.That(first.Status, Is.EqualTo(200), first.Message);
            Assert.That(firstEvent?.EventName, Is.EqualTo("MemberEnrolled"));
            Assert.That(retryTxId, Is.Not.EqualTo(firstTxId));
            Assert.That(retry.Status, Is.EqualTo(200), retry.Message);
            Assert.That(retry.Message, Is.EqualTo($"REPLAYED: first committed in transaction {firstTxId}"));
            Assert.That(retry.Payload.ToByteArray(), Is.EqualTo(first.Payload.ToByteArray()));
            Assert.That(retryEvent, Is.Null);
            Assert.That(_harness.Ledger.Requests.Select(r => r.Type), Has.None.EqualTo(MessageType.PutState).And.None.EqualTo(MessageType.DelState));
            Assert.That(_harness.Ledger.Read($"\0request\0{NgoMsp}\0enrol-ada-1\0"), Is.Not.Null);
        });
    }

    [Test]
    public async Task EnrollMember_SameRequestIdOtherArguments_Answers409RequestIdReused()
    {
        await _harness.CallAsync(NgoCaseworker, "EnrollMember", WithRequestId(EnrollMember(PoolId, "ada"), "enrol-1"));

        var (response, chaincodeEvent, _) = await _harness.CallAsync(NgoCaseworker, "EnrollMember", WithRequestId(EnrollMember(PoolId, "bob"), "enrol-1"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(409));
            Assert.That(response.Message, Does.StartWith("REQUEST_ID_REUSED: "));
            Assert.That(chaincodeEvent, Is.Null);
        });
    }
}
