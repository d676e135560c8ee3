using Fabric.Protos.Peer;
using Fabric.Shim.Testing;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Chaincode.Tests.Support;
using MutualAid.Chaincode.Time;
using MutualAid.Domain.State;
using static MutualAid.Chaincode.Tests.Support.DomainCalls;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace MutualAid.Chaincode.Tests.Time;

/// <summary>
/// The whole chaincode behind the shim with a fake host clock: every invocation's timestamp is checked before the
/// domain runs, and a refused one reaches neither the ledger nor the events.
/// </summary>
[CancelAfter(30_000)]
public sealed class ChaincodeClockTests
{
    private const string PoolId = "health-clock";
    private static readonly TimeSpan Tolerance = LedgerTime.DefaultTolerance;

    private FakeTimeProvider _time = null!;
    private MutualAidChaincode _chaincode = null!;
    private ChaincodeHarness _harness = null!;

    private static ProposalFactory Delegate => TestCallers.For(InsurerMsp, "delegate");

    private const string PoolKey = $"\0pool\0{PoolId}\0";

    [SetUp]
    public async Task SetUp()
    {
        _time = ChaincodeHarness.NewTime();
        _chaincode = new MutualAidChaincode(clock: new ClockCheck(_time, Tolerance));
        _harness = await ChaincodeHarness.StartAsync(_chaincode, _time);
    }

    [TearDown]
    public async Task TearDown()
    {
        await _harness.DisposeAsync();
        _chaincode.Dispose();
    }

    [TestCase(1)]
    [TestCase(-1)]
    public async Task CreatePool_DatedExactlyTheToleranceFromTheHostClock_Answers200AndWrites(int direction)
    {
        var transaction = DatedTransactions.Create(Delegate, _time.GetUtcNow() + (Tolerance * direction), "CreatePool", CreatePool(PoolId));

        var response = Messages.ResponseOf(await _harness.RunAsync(transaction));

        Assert.That(response.Status, Is.EqualTo(200), response.Message);
        Assert.That(_harness.Ledger.Read(PoolKey), Is.Not.Null);
    }

    [TestCase(1)]
    [TestCase(-1)]
    public async Task CreatePool_DatedOneMillisecondBeyondTheTolerance_Answers400OutOfRangeWithoutLedgerRequestsOrEvent(int direction)
    {
        var transaction = DatedTransactions.Create(
            Delegate, _time.GetUtcNow() + ((Tolerance + TimeSpan.FromMilliseconds(1)) * direction), "CreatePool", CreatePool(PoolId));

        var completed = await _harness.RunAsync(transaction);
        var response = Messages.ResponseOf(completed);

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Message, Does.StartWith("TIMESTAMP_OUT_OF_RANGE: the transaction time "));
        AssertUntouched(completed);
    }

    [Test]
    public async Task CreatePool_TenDaysAhead_MessageNamesTransactionTimeHostClockAndTolerance()
    {
        var transaction = DatedTransactions.Create(Delegate, _time.GetUtcNow().AddDays(10), "CreatePool", CreatePool(PoolId));

        var response = Messages.ResponseOf(await _harness.RunAsync(transaction));

        Assert.That(response.Message, Is.EqualTo(
            "TIMESTAMP_OUT_OF_RANGE: the transaction time 2025-03-11T09:00:00.0000000Z is 10.00:00:00 ahead of this endorser's clock "
            + "2025-03-01T09:00:00.0000000Z; the tolerance is 00:05:00"));
    }

    [Test]
    public async Task CreatePool_NoTimestamp_Answers400TimestampMissingWithoutLedgerRequestsOrEvent()
    {
        var transaction = DatedTransactions.Create(Delegate, (Timestamp?)null, "CreatePool", CreatePool(PoolId));

        var completed = await _harness.RunAsync(transaction);
        var response = Messages.ResponseOf(completed);

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Message, Is.EqualTo("TIMESTAMP_MISSING: the proposal's channel header carries no timestamp"));
        AssertUntouched(completed);
    }

    [TestCase(-1)]
    [TestCase(1_000_000_000)]
    public async Task CreatePool_NanosOutsideTheProtobufRange_Answers400TimestampInvalidWithoutLedgerRequestsOrEvent(int nanos)
    {
        var timestamp = new Timestamp { Seconds = _time.GetUtcNow().ToUnixTimeSeconds(), Nanos = nanos };
        var transaction = DatedTransactions.Create(Delegate, timestamp, "CreatePool", CreatePool(PoolId));

        var completed = await _harness.RunAsync(transaction);
        var response = Messages.ResponseOf(completed);

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Message, Does.StartWith("TIMESTAMP_INVALID: the proposal's timestamp "));
        AssertUntouched(completed);
    }

    [Test]
    public async Task CreatePool_SecondsBeyondYear9999_Answers400TimestampInvalid()
    {
        var transaction = DatedTransactions.Create(Delegate, new Timestamp { Seconds = 253_402_300_800 }, "CreatePool", CreatePool(PoolId));

        var completed = await _harness.RunAsync(transaction);

        Assert.That(Messages.ResponseOf(completed).Message, Does.StartWith("TIMESTAMP_INVALID: "));
        AssertUntouched(completed);
    }

    [Test]
    public async Task GetPool_DatedBeyondTheTolerance_Answers400OutOfRangeWithoutReading()
    {
        await _harness.CallAsync(Delegate, "CreatePool", CreatePool(PoolId));
        _harness.Ledger.Requests.Clear();
        var transaction = DatedTransactions.Create(TestCallers.For(RegulatorMsp, "auditor"), _time.GetUtcNow().AddHours(-1), "GetPool", Pool(PoolId));

        var completed = await _harness.RunAsync(transaction);
        var response = Messages.ResponseOf(completed);

        Assert.That(response.Status, Is.EqualTo(400));
        Assert.That(response.Message, Does.StartWith("TIMESTAMP_OUT_OF_RANGE: "));
        Assert.That(response.Payload.IsEmpty, Is.True);
        Assert.That(_harness.Ledger.Requests, Is.Empty);
    }

    [Test]
    public async Task Invoke_UnknownFunctionWithoutTimestamp_RefusedForTheTimestampFirst()
    {
        var transaction = DatedTransactions.Create(Delegate, (Timestamp?)null, "NoSuchFunction");

        var response = Messages.ResponseOf(await _harness.RunAsync(transaction));

        Assert.That(response.Message, Does.StartWith("TIMESTAMP_MISSING: "));
    }

    [Test]
    public async Task CreatePool_HostClocksDifferWithinTheTolerance_SameResponseAndWritesOnEach()
    {
        var proposalTime = _time.GetUtcNow();
        var transaction = DatedTransactions.Create(Delegate, proposalTime, "CreatePool", CreatePool(PoolId));
        var behindTime = new FakeTimeProvider(proposalTime - TimeSpan.FromMinutes(4));
        using var behind = new MutualAidChaincode(clock: new ClockCheck(behindTime, Tolerance));
        await using var behindHost = await ChaincodeHarness.StartAsync(behind, behindTime);
        _time.Advance(TimeSpan.FromMinutes(4));

        var ahead = await _harness.RunAsync(transaction);
        var late = await behindHost.RunAsync(transaction);

        Assert.That(Messages.ResponseOf(ahead).Status, Is.EqualTo(200), Messages.ResponseOf(ahead).Message);
        Assert.That(Messages.ResponseOf(late), Is.EqualTo(Messages.ResponseOf(ahead)));
        Assert.That(late.ChaincodeEvent, Is.EqualTo(ahead.ChaincodeEvent));
        Assert.That(Writes(behindHost.Ledger), Is.EqualTo(Writes(_harness.Ledger)));
    }

    private static List<string> Writes(InMemoryLedger ledger) =>
        [.. ledger.Requests.Where(r => r.Type is MessageType.PutState or MessageType.DelState or MessageType.PutStateMetadata).Select(r => r.Payload.ToBase64())];

    private void AssertUntouched(ChaincodeMessage completed)
    {
        Assert.That(completed.ChaincodeEvent, Is.Null);
        Assert.That(_harness.Ledger.Requests, Is.Empty, "the host refuses before the domain asks the ledger anything");
        Assert.That(_harness.Ledger.Read(PoolKey), Is.Null);
    }
}
