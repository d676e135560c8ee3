using System.Text;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.State;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Requests;

/// <summary>
/// The optional request id of a write: the first success is recorded under (organization, request id); a retry of
/// the same request returns the recorded response and changes nothing; another request under the same id is refused.
/// </summary>
public sealed class RequestIdTests
{
    private TestChain _chain = null!;
    private Scenario _s = null!;

    [SetUp]
    public void SetUp()
    {
        _chain = new TestChain();
        _s = new Scenario(_chain);
        _s.CreatePool();
    }

    private static object EnrollArgs(string seed, string? requestId) => new
    {
        poolId = Scenario.PoolId, kycHash = Scenario.Hash(seed), consentHash = Scenario.Hash("consent-" + seed),
        payoutDestinationHash = Scenario.Hash("iban-" + seed), requestId,
    };

    private RequestRecord? Recorded(string msp, string requestId)
        => _chain.Ledger.Get(Keys.Request(msp, requestId)) is { } bytes ? CanonicalJson.Deserialize(bytes, DomainJsonContext.Default.RequestRecord) : null;

    [Test]
    public void Write_FirstCallWithRequestId_RunsOnceAndRecordsTheResponse()
    {
        var response = _chain.Invoke(Actors.Caseworker(), "EnrollMember", EnrollArgs("a", "enrol-1"));

        var record = Recorded(Actors.Ngo, "enrol-1");
        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(200), response.Message);
            Assert.That(response.Replayed, Is.False);
            Assert.That(response.Message, Is.Empty);
            Assert.That(_chain.Ledger.Log[^1].EventName, Is.EqualTo("MemberEnrolled"));
            Assert.That(record, Is.Not.Null);
            Assert.That(record!.Function, Is.EqualTo("EnrollMember"));
            Assert.That(record.TxId, Is.EqualTo(_chain.Ledger.Log[^1].TxId));
            Assert.That(Encoding.UTF8.GetBytes(record.Response), Is.EqualTo(response.Payload.ToArray()));
            Assert.That(Hashes.IsSha256Hex(record.RequestHash), Is.True);
        });
    }

    [Test]
    public void Write_RetriedWithSameRequestId_ReturnsSameBytesAndChangesNothing()
    {
        var first = _chain.Invoke(Actors.Caseworker(), "EnrollMember", EnrollArgs("a", "enrol-1"));
        var before = _chain.Ledger.Snapshot();
        _chain.AdvanceDays(1);

        var retry = _chain.Invoke(Actors.Caseworker(), "EnrollMember", EnrollArgs("a", "enrol-1"));

        Assert.Multiple(() =>
        {
            Assert.That(retry.Status, Is.EqualTo(200), retry.Message);
            Assert.That(retry.Replayed, Is.True);
            Assert.That(retry.Message, Does.StartWith(DomainResponse.ReplayedPrefix + ": ").And.Contains(_chain.Ledger.Log[^2].TxId));
            Assert.That(retry.Payload.ToArray(), Is.EqualTo(first.Payload.ToArray()));
            Assert.That(_chain.Ledger.Log[^1].Writes, Is.Empty);
            Assert.That(_chain.Ledger.Log[^1].EventName, Is.Null);
            Assert.That(TestChain.Describe(_chain.Ledger.Snapshot()), Is.EqualTo(TestChain.Describe(before)));
        });
    }

    [Test]
    public void Write_SameRequestIdOtherArguments_FailsRequestIdReused()
    {
        _chain.Invoke(Actors.Caseworker(), "EnrollMember", EnrollArgs("a", "enrol-1"));

        var response = _chain.Fails(ErrorCodes.RequestIdReused, Actors.Caseworker(), "EnrollMember", EnrollArgs("b", "enrol-1"));

        Assert.That(response.Status, Is.EqualTo(409));
    }

    [Test]
    public void Write_SameRequestIdOtherFunction_FailsRequestIdReused()
    {
        var member = CanonicalJson.Deserialize(
            _chain.Invoke(Actors.Caseworker(), "EnrollMember", EnrollArgs("a", "shared-1")).Payload.Span, DomainJsonContext.Default.Member);

        _chain.Fails(ErrorCodes.RequestIdReused, Actors.Caseworker(), "RecordContribution",
            new { memberId = member.MemberId, amount = Scenario.Eur(100), paymentReference = "IN-1", requestId = "shared-1" });
    }

    [Test]
    public void Write_SameRequestIdOtherOrganization_RunsIndependently()
    {
        var ngo = _chain.Invoke(Actors.Caseworker(), "EnrollMember", EnrollArgs("a", "enrol-1"));

        var insurer = _chain.Invoke(Actors.Caseworker(Actors.InsurerA), "EnrollMember", EnrollArgs("b", "enrol-1"));

        Assert.Multiple(() =>
        {
            Assert.That(ngo.Status, Is.EqualTo(200), ngo.Message);
            Assert.That(insurer.Status, Is.EqualTo(200), insurer.Message);
            Assert.That(insurer.Replayed, Is.False);
            Assert.That(_chain.Ledger.Log[^1].EventName, Is.EqualTo("MemberEnrolled"));
            Assert.That(Recorded(Actors.Ngo, "enrol-1")!.TxId, Is.Not.EqualTo(Recorded(Actors.InsurerA, "enrol-1")!.TxId));
        });
    }

    [Test]
    public void RecordPayout_RetriedWithSameRequestId_PaysOnce()
    {
        var (_, claim) = _s.ApprovedClaim(amount: 50_000);
        var args = new
        {
            claimId = claim.ClaimId, amount = Scenario.Eur(50_000), paymentReference = "OUT-1",
            destinationHash = claim.PayoutDestinationHash, requestId = "payout-1",
        };
        var first = _chain.Invoke(Actors.Coordinator(), "RecordPayout", args);
        var events = _chain.Ledger.Events.Count;

        var retry = _chain.Invoke(Actors.Coordinator(), "RecordPayout", args);

        var statement = _chain.Ok(Actors.Auditor(), "GetPoolStatement", new { poolId = Scenario.PoolId }, DomainJsonContext.Default.PoolStatement);
        Assert.Multiple(() =>
        {
            Assert.That(first.Status, Is.EqualTo(200), first.Message);
            Assert.That(retry.Status, Is.EqualTo(200), retry.Message);
            Assert.That(retry.Replayed, Is.True);
            Assert.That(retry.Payload.ToArray(), Is.EqualTo(first.Payload.ToArray()));
            Assert.That(_chain.Ledger.Events, Has.Count.EqualTo(events));
            Assert.That(statement.Payouts, Is.EqualTo(50_000));
        });
    }

    [Test]
    public void Write_FailedFirstCall_RecordsNothingAndRetryRunsAgain()
    {
        _chain.Fails(ErrorCodes.PoolNotFound, Actors.Caseworker(), "EnrollMember",
            new { poolId = "no-pool", kycHash = Scenario.Hash("a"), consentHash = Scenario.Hash("c"), requestId = "enrol-1" });

        var response = _chain.Invoke(Actors.Caseworker(), "EnrollMember", EnrollArgs("a", "enrol-1"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(200), response.Message);
            Assert.That(response.Replayed, Is.False);
        });
    }

    [Test]
    public void Read_WithRequestId_IgnoresItAndRecordsNothing()
    {
        var plain = _chain.Invoke(Actors.Auditor(), "GetPool", new { poolId = Scenario.PoolId });

        var withId = _chain.Invoke(Actors.Auditor(), "GetPool", new { poolId = Scenario.PoolId, requestId = "read-1" });

        Assert.Multiple(() =>
        {
            Assert.That(withId.Status, Is.EqualTo(200), withId.Message);
            Assert.That(withId.Payload.ToArray(), Is.EqualTo(plain.Payload.ToArray()));
            Assert.That(Recorded(Actors.Regulator, "read-1"), Is.Null);
        });
    }

    [TestCase("\"has space\"")]
    [TestCase("\"\"")]
    [TestCase("42")]
    [TestCase("null")]
    public void Write_MalformedRequestId_FailsInvalidArgument(string requestIdJson)
    {
        var args = $$"""{"poolId":"{{Scenario.PoolId}}","kycHash":"{{Scenario.Hash("a")}}","consentHash":"{{Scenario.Hash("c")}}","requestId":{{requestIdJson}}}""";

        var response = _chain.InvokeJson(Actors.Caseworker(), "EnrollMember", args);

        Assert.That(response.ErrorCode, Is.EqualTo(ErrorCodes.InvalidArgument), response.Message);
    }

    [Test]
    public void Write_RequestIdTooLong_FailsInvalidArgument()
    {
        var response = _chain.Invoke(Actors.Caseworker(), "EnrollMember", EnrollArgs("a", new string('x', RequestEnvelope.MaxLength + 1)));

        Assert.That(response.ErrorCode, Is.EqualTo(ErrorCodes.InvalidArgument), response.Message);
    }

    [Test]
    public void Write_ConcurrentFirstAttempts_OnlyOneCanCommit()
    {
        var caller = Actors.Caseworker();
        var json = TestJson.Serialize(EnrollArgs("a", "enrol-1"));
        var txs = Enumerable.Range(0, 2).Select(n =>
        {
            var context = new TxContext(Hashes.Sha256Hex($"first-attempt-{n}"), _chain.Now, caller);
            var tx = _chain.Ledger.Begin(context);
            Assert.That(DomainRouter.Default.Invoke(tx, context, "EnrollMember", json).Status, Is.EqualTo(200));
            return tx;
        }).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(txs[1].Reads, Does.Contain(Keys.Request(Actors.Ngo, "enrol-1")));
            Assert.That(txs[1].ConflictsWith(txs[0]), Is.True, "MVCC must invalidate the second attempt");
        });
    }

    [Test]
    public void Hash_TransientDiffers_Differs()
    {
        var envelope = RequestEnvelope.Parse("""{"memberId":"M","requestId":"r-1"}""");
        var a = envelope.Hash("SubmitClaim", TestChain.Details("details A"));
        var b = envelope.Hash("SubmitClaim", TestChain.Details("details B"));

        Assert.Multiple(() =>
        {
            Assert.That(envelope.RequestId, Is.EqualTo("r-1"));
            Assert.That(envelope.ArgumentsJson, Is.EqualTo("""{"memberId":"M"}"""));
            Assert.That(a, Is.Not.EqualTo(b));
        });
    }
}
