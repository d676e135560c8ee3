using System.Text;
using Fabric.Shim.Testing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using MutualAid.Chaincode.Ledger;
using MutualAid.Chaincode.Tests.Support;
using MutualAid.Domain.State;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;
using PeerModification = Fabric.Protos.Ledger.QueryResult.KeyModification;

namespace MutualAid.Chaincode.Tests.Ledger;

/// <summary>The ledger adapter against the scripted peer: Fabric's conventions in, the domain's semantics out.</summary>
[CancelAfter(30_000)]
public sealed class StubLedgerStateTests
{
    private static ProposalFactory Caller => TestCallers.For(DomainCalls.InsurerMsp, "caseworker");

    private static async Task<(int Status, string Text, InMemoryLedger Ledger)> ProbeAsync(Func<StubLedgerState, string> probe, Action<InMemoryLedger>? seed = null)
    {
        using var chaincode = new ProbeChaincode(probe);
        await using var harness = await ChaincodeHarness.StartAsync(chaincode);
        harness.Ledger.BatchSize = 2;
        seed?.Invoke(harness.Ledger);
        var response = Messages.ResponseOf(await harness.RunAsync(harness.Transaction(Caller, null, "probe")));
        return (response.Status, response.Status == 200 ? response.Payload.ToStringUtf8() : response.Message, harness.Ledger);
    }

    [Test]
    public async Task GetState_MissingKey_ReturnsNull()
    {
        var (status, text, _) = await ProbeAsync(state => state.GetState("absent") is null ? "null" : "value");

        Assert.That(status, Is.EqualTo(200), text);
        Assert.That(text, Is.EqualTo("null"));
    }

    [Test]
    public async Task GetStateByPartialCompositeKey_SeveralBatches_ReturnsEveryKeyInOrderAndClosesTheIterator()
    {
        var keys = new[] { "b", "a", "e", "c", "d" }.Select(a => CompositeKey.Create("item", "x", a)).ToList();

        var (status, text, ledger) = await ProbeAsync(
            state =>
            {
                var entries = state.GetStateByPartialCompositeKey("item", ["x"]);
                return string.Join(",", entries.Select(e => Encoding.UTF8.GetString(e.Value.Span))) + "|" + entries.Count();
            },
            ledger =>
            {
                keys.ForEach(k => ledger.Seed(k, CompositeKey.Split(k).Attributes[1]));
                ledger.Seed(CompositeKey.Create("item", "y", "z"), "other");
            });

        Assert.That(status, Is.EqualTo(200), text);
        Assert.That(text, Is.EqualTo("a,b,c,d,e|5"));
        Assert.That(ledger.Requests.Select(r => r.Type), Does.Contain(MessageType.QueryStateNext));
        Assert.That(ledger.OpenIterators, Is.Empty);
    }

    [Test]
    public async Task GetHistoryForKey_TwoModifications_ReturnsThemNewestFirstWithTimestamps()
    {
        var older = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var (status, text, _) = await ProbeAsync(
            state => string.Join(",", state.GetHistoryForKey("k").Select(m => $"{m.TxId}:{m.IsDelete}:{m.Timestamp:yyyy-MM-dd}:{Encoding.UTF8.GetString(m.Value.Span)}")),
            ledger =>
            {
                ledger.AddHistory("k", new PeerModification { TxId = "t1", Value = ByteString.CopyFromUtf8("v1"), Timestamp = Timestamp.FromDateTimeOffset(older) });
                ledger.AddHistory("k", new PeerModification { TxId = "t2", IsDelete = true, Timestamp = Timestamp.FromDateTimeOffset(older.AddDays(1)) });
            });

        Assert.That(status, Is.EqualTo(200), text);
        Assert.That(text, Is.EqualTo("t2:True:2025-01-02:,t1:False:2025-01-01:v1"));
    }

    [Test]
    public async Task PutState_EmptyValue_ThrowsInsteadOfDeleting()
    {
        var (status, text, ledger) = await ProbeAsync(state =>
        {
            state.PutState("k", []);
            return "written";
        });

        Assert.That(status, Is.EqualTo(500));
        Assert.That(text, Does.StartWith("ArgumentException: an empty value for key k"));
        Assert.That(ledger.Requests, Is.Empty);
    }

    [Test]
    public async Task PrivateData_PutThenHash_ValueInCollectionAndHashReadable()
    {
        var (status, text, ledger) = await ProbeAsync(state =>
        {
            state.PutPrivateData("shared", "secret", "blood type O"u8.ToArray());
            return Convert.ToHexStringLower(state.GetPrivateDataHash("shared", "secret")!) + "|" + (state.GetPrivateDataHash("shared", "absent") is null);
        });

        Assert.That(status, Is.EqualTo(200), text);
        Assert.That(text, Is.EqualTo(DomainCalls.Hash("blood type O") + "|True"));
        Assert.That(ledger.Read("secret", "shared"), Is.EqualTo("blood type O"u8.ToArray()));
        Assert.That(ledger.Read("secret"), Is.Null);
    }

    [Test]
    public async Task GetState_UnderASynchronizationContext_ThrowsInsteadOfBlocking()
    {
        var (status, text, ledger) = await ProbeAsync(state =>
        {
            SynchronizationContext.SetSynchronizationContext(new SynchronizationContext());
            try
            {
                return state.GetState("k") is null ? "null" : "value";
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(null);
            }
        });

        Assert.That(status, Is.EqualTo(500));
        Assert.That(text, Does.StartWith("InvalidOperationException: the ledger adapter blocks on the peer"));
        Assert.That(ledger.Requests, Is.Empty);
    }

    [Test]
    public async Task GetTransient_ProposalWithoutTransientData_ReturnsEmptyMap()
    {
        var (status, text, _) = await ProbeAsync(state => state.GetTransient().Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(status, Is.EqualTo(200), text);
        Assert.That(text, Is.EqualTo("0"));
    }
}
