using System.Text;
using Fabric.Protos.Peer;
using Fabric.Shim.Testing;
using MutualAid.Chaincode.Tests.Support;
using MutualAid.Chaincode.Time;
using MutualAid.Domain.State;
using static MutualAid.Chaincode.Tests.Support.DomainCalls;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace MutualAid.Chaincode.Tests.Routing;

/// <summary>The whole chaincode behind the shim, driven message by message by the scripted peer.</summary>
[CancelAfter(30_000)]
public sealed class ChaincodeRoutingTests
{
    private const string PoolId = "health-test";
    private const string Details = "diagnosis: confidential fracture";

    private MutualAidChaincode _chaincode = null!;
    private ChaincodeHarness _harness = null!;

    private static ProposalFactory Delegate => TestCallers.For(InsurerMsp, "delegate");

    private static ProposalFactory NgoCaseworker => TestCallers.For(NgoMsp, "caseworker");

    private static Dictionary<string, byte[]> ClaimDetails => new() { [DetailsTransientKey] = Encoding.UTF8.GetBytes(Details) };

    [SetUp]
    public async Task SetUp()
    {
        var time = ChaincodeHarness.NewTime();
        _chaincode = new MutualAidChaincode(clock: new ClockCheck(time, LedgerTime.DefaultTolerance));
        _harness = await ChaincodeHarness.StartAsync(_chaincode, time);
    }

    [TearDown]
    public async Task TearDown()
    {
        await _harness.DisposeAsync();
        _chaincode.Dispose();
    }

    [Test]
    public async Task CreatePool_ByDelegate_Answers200WithCanonicalPoolAndOnePoolCreatedEvent()
    {
        var (response, chaincodeEvent, txId) = await _harness.CallAsync(Delegate, "CreatePool", CreatePool(PoolId));

        Assert.That(response.Status, Is.EqualTo(200), response.Message);
        Assert.That(Text(response.Payload.Span, "poolId"), Is.EqualTo(PoolId));
        Assert.That(Text(response.Payload.Span, "administratorMsp"), Is.EqualTo(InsurerMsp));
        Assert.That(chaincodeEvent, Is.Not.Null);
        Assert.That(chaincodeEvent!.EventName, Is.EqualTo("PoolCreated"));
        Assert.That(Text(chaincodeEvent.Payload.Span, "txId"), Is.EqualTo(txId));
        Assert.That(_harness.Ledger.Read($"\0pool\0{PoolId}\0"), Is.EqualTo(response.Payload.ToByteArray()));
    }

    [Test]
    public async Task GetPool_AfterCreate_ReturnsTheStoredBytes()
    {
        await _harness.CallAsync(Delegate, "CreatePool", CreatePool(PoolId));

        var (response, chaincodeEvent, _) = await _harness.CallAsync(TestCallers.For(RegulatorMsp, "auditor"), "GetPool", Pool(PoolId));

        Assert.That(response.Status, Is.EqualTo(200), response.Message);
        Assert.That(response.Payload.ToByteArray(), Is.EqualTo(_harness.Ledger.Read($"\0pool\0{PoolId}\0")));
        Assert.That(chaincodeEvent, Is.Null);
    }

    [Test]
    public async Task EnrollAndContribute_ByCaseworker_RecordsTheContributionWithItsEvent()
    {
        await _harness.CallAsync(Delegate, "CreatePool", CreatePool(PoolId));
        var (enrolled, _, _) = await _harness.CallAsync(NgoCaseworker, "EnrollMember", EnrollMember(PoolId, "ada", Hash("iban-ada")));
        var memberId = Text(enrolled.Payload.Span, "memberId");

        var (response, chaincodeEvent, _) = await _harness.CallAsync(NgoCaseworker, "RecordContribution", RecordContribution(memberId, 25_000, "IN-0001"));

        Assert.That(response.Status, Is.EqualTo(200), response.Message);
        Assert.That(Property(response.Payload.Span, "entry.amount.amount").GetInt64(), Is.EqualTo(25_000));
        Assert.That(Property(response.Payload.Span, "duplicate").GetBoolean(), Is.False);
        Assert.That(chaincodeEvent?.EventName, Is.EqualTo("ContributionRecorded"));
    }

    [Test]
    public async Task SubmitClaim_WithTransientDetails_PutsDetailsOnlyInThePrivateCollection()
    {
        var memberId = await EnrolledMemberAsync();
        _harness.Ledger.Requests.Clear();

        var (response, chaincodeEvent, _) = await _harness.CallAsync(
            NgoCaseworker, "SubmitClaim", SubmitClaim(memberId, new DateOnly(2025, 3, 1), 100_000), ClaimDetails);

        Assert.That(response.Status, Is.EqualTo(200), response.Message);
        var claimId = Text(response.Payload.Span, "claimId");
        var puts = _harness.Ledger.Requests.Where(r => r.Type == MessageType.PutState).Select(r => PutState.Parser.ParseFrom(r.Payload)).ToList();
        var privatePut = puts.Single(p => p.Collection.Length > 0);
        Assert.That(privatePut.Collection, Is.EqualTo(DetailsCollection));
        Assert.That(privatePut.Key, Is.EqualTo($"\0claim~details\0{claimId}\0"));
        Assert.That(privatePut.Value.ToStringUtf8(), Is.EqualTo(Details));
        Assert.That(puts.Where(p => p.Collection.Length == 0).Select(p => p.Value.ToStringUtf8()), Has.None.Contains("fracture"));
        Assert.That(Text(response.Payload.Span, "detailsHash"), Is.EqualTo(Hash(Details)));
        Assert.That(chaincodeEvent?.EventName, Is.EqualTo("ClaimSubmitted"));
        Assert.That(chaincodeEvent!.Payload.ToStringUtf8(), Does.Not.Contain("fracture"));
    }

    [Test]
    public async Task SubmitClaim_WithoutTransientDetails_Answers400CodeFirstWithoutWritesOrEvent()
    {
        var memberId = await EnrolledMemberAsync();
        _harness.Ledger.Requests.Clear();

        var (response, chaincodeEvent, _) = await _harness.CallAsync(NgoCaseworker, "SubmitClaim", SubmitClaim(memberId, new DateOnly(2025, 3, 1), 100_000));

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Message, Does.StartWith("CLAIM_DETAILS_MISSING: "));
        Assert.That(response.Payload.IsEmpty, Is.True);
        Assert.That(chaincodeEvent, Is.Null);
        Assert.That(_harness.Ledger.Requests.Select(r => r.Type), Has.None.EqualTo(MessageType.PutState).And.None.EqualTo(MessageType.DelState));
    }

    [Test]
    public async Task CreatePool_ByRegulator_Answers403RegulatorReadOnly()
    {
        var (response, chaincodeEvent, _) = await _harness.CallAsync(TestCallers.For(RegulatorMsp, "auditor"), "CreatePool", CreatePool(PoolId));

        Assert.That(response.Status, Is.EqualTo(403));
        Assert.That(response.Message, Does.StartWith("REGULATOR_READ_ONLY: "));
        Assert.That(chaincodeEvent, Is.Null);
        Assert.That(_harness.Ledger.Read($"\0pool\0{PoolId}\0"), Is.Null);
    }

    [Test]
    public async Task EnrollMember_CallerWithoutRoleAttribute_Answers403ForbiddenRole()
    {
        await _harness.CallAsync(Delegate, "CreatePool", CreatePool(PoolId));

        var (response, _, _) = await _harness.CallAsync(TestCallers.For(NgoMsp, role: null), "EnrollMember", EnrollMember(PoolId, "bob"));

        Assert.That(response.Status, Is.EqualTo(403));
        Assert.That(response.Message, Does.StartWith("FORBIDDEN_ROLE: "));
    }

    [Test]
    public async Task Invoke_UnknownFunction_Answers400UnknownFunction()
    {
        var (response, _, _) = await _harness.CallAsync(Delegate, "MintMoney", "{}");

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Message, Does.StartWith("UNKNOWN_FUNCTION: "));
    }

    [Test]
    public async Task Invoke_TwoJsonArguments_Answers400InvalidArgumentFromTheHost()
    {
        var completed = await _harness.RunAsync(_harness.Transaction(Delegate, null, "GetPool", Pool(PoolId), "{}"));

        var response = Messages.ResponseOf(completed);
        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Message, Does.StartWith("INVALID_ARGUMENT: a call takes the function name and at most one JSON argument"));
        Assert.That(_harness.Ledger.Requests, Is.Empty);
    }

    [Test]
    public async Task Invoke_MalformedJson_Answers400InvalidArgument()
    {
        var (response, _, _) = await _harness.CallAsync(Delegate, "CreatePool", "{\"poolId\":");

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Message, Does.StartWith("INVALID_ARGUMENT: "));
    }

    [Test]
    public async Task GetPool_StoredRecordCorrupt_Answers500InternalError()
    {
        _harness.Ledger.Seed($"\0pool\0{PoolId}\0", "not json");

        var (response, _, _) = await _harness.CallAsync(Delegate, "GetPool", Pool(PoolId));

        Assert.That(response.Status, Is.EqualTo(500));
        Assert.That(response.Message, Does.StartWith("INTERNAL_ERROR: "));
    }

    [Test]
    public async Task CreatePool_PeerRefusesARead_Answers500InternalErrorAndWritesNothing()
    {
        await _harness.Peer.SendAsync(_harness.Transaction(Delegate, null, "CreatePool", CreatePool(PoolId)));
        var requests = new List<MessageType>();
        ChaincodeMessage message;
        while ((message = await _harness.Peer.ReceiveAsync()).Type is not (MessageType.Completed or MessageType.Error))
        {
            requests.Add(message.Type);
            await _harness.Peer.RespondErrorAsync(message, "GET_STATE failed: the ledger is unavailable");
        }

        var response = Messages.ResponseOf(message);
        Assert.That(response.Status, Is.EqualTo(500));
        Assert.That(response.Message, Does.StartWith("INTERNAL_ERROR: ").And.Contain("the ledger is unavailable"));
        Assert.That(requests, Is.EqualTo(new[] { MessageType.GetState }));
        Assert.That(message.ChaincodeEvent, Is.Null);
    }

    [Test]
    public async Task Invoke_TwentyTransactionsAtOnce_AllComplete()
    {
        await _harness.CallAsync(Delegate, "CreatePool", CreatePool(PoolId));
        var transactions = Enumerable.Range(0, 20)
            .Select(i => _harness.Transaction(NgoCaseworker, null, "EnrollMember", EnrollMember(PoolId, $"member-{i}")))
            .ToList();

        foreach (var transaction in transactions)
        {
            await _harness.Peer.SendAsync(transaction);
        }

        var ends = await _harness.Peer.ServeAsync(_harness.Ledger, transactions.Count);

        Assert.That(ends.Select(e => e.Type), Is.All.EqualTo(MessageType.Completed));
        Assert.That(ends.Select(e => Messages.ResponseOf(e).Status), Is.All.EqualTo(200));
        Assert.That(ends.Select(e => e.Txid), Is.EquivalentTo(transactions.Select(t => t.Txid)));
        Assert.That(ends.Select(e => e.ChaincodeEvent.EventName), Is.All.EqualTo("MemberEnrolled"));
    }

    private async Task<string> EnrolledMemberAsync()
    {
        await _harness.CallAsync(Delegate, "CreatePool", CreatePool(PoolId));
        var (enrolled, _, _) = await _harness.CallAsync(NgoCaseworker, "EnrollMember", EnrollMember(PoolId, "ada", Hash("iban-ada")));
        Assert.That(enrolled.Status, Is.EqualTo(200), enrolled.Message);
        return Text(enrolled.Payload.Span, "memberId");
    }
}
