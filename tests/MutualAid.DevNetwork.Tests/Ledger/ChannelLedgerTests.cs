using Fabric.Protos.Peer;
using MutualAid.DevNetwork.Blocks;
using MutualAid.DevNetwork.Ledger;

namespace MutualAid.DevNetwork.Tests.Ledger;

[CancelAfter(10_000)]
public class ChannelLedgerTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("ledger-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Commit_ValidAndInvalid_OnlyValidChangeStateButBothAreIndexed()
    {
        using var ledger = ChannelLedger.Open("mutualaid", _directory);

        ledger.Commit(TestEnvelopes.Block(0, [], [
            TestEnvelopes.Transaction("t1", "cc", [("a", "1")]),
            TestEnvelopes.Transaction("t2", "cc", [("b", "2")]),
        ], [TxValidationCode.Valid, TxValidationCode.MvccReadConflict]));

        Assert.That(ledger.State.Get("cc", "a"), Is.Not.Null);
        Assert.That(ledger.State.Get("cc", "b"), Is.Null);
        Assert.That(ledger.Transactions.TryGet("t2", out var t2), Is.True);
        Assert.That(t2, Is.EqualTo(new TxLocation(0, 1, TxValidationCode.MvccReadConflict)));
        Assert.That(ledger.History.For("cc", "b"), Is.Empty, "history holds valid transactions only");
    }

    [Test]
    public void Open_AfterRestart_RebuildsStateHistoryAndIndexFromBlocks()
    {
        using (var ledger = ChannelLedger.Open("mutualaid", _directory))
        {
            var first = TestEnvelopes.Block(0, [], [TestEnvelopes.Transaction("t1", "cc", [("a", "1")])], [TxValidationCode.Valid]);
            ledger.Commit(first);
            var previous = BlockHashing.HeaderHash(0, [], first.Header.DataHash.Span);
            ledger.Commit(TestEnvelopes.Block(1, previous, [TestEnvelopes.Transaction("t2", "cc", [("a", null)])], [TxValidationCode.Valid]));
        }

        using var reopened = ChannelLedger.Open("mutualaid", _directory);

        Assert.That(reopened.Height, Is.EqualTo(2));
        Assert.That(reopened.State.Get("cc", "a"), Is.Null);
        var history = reopened.History.For("cc", "a");
        Assert.That(history.Select(h => (h.TxId, h.IsDelete)), Is.EqualTo(new[] { ("t2", true), ("t1", false) }), "newest first");
        Assert.That(reopened.Transactions.Contains("t1"), Is.True);
    }

    [Test]
    public void Open_AfterCleanClose_LoadsSnapshotAndMatchesFullReplay()
    {
        using (var ledger = ChannelLedger.Open("mutualaid", _directory))
        {
            ledger.Commit(TestEnvelopes.Block(0, [], [TestEnvelopes.Transaction("t1", "cc", [("a", "1"), ("b", "2")])], [TxValidationCode.Valid]));
        }

        Assert.That(File.Exists(Path.Combine(_directory, "snapshot.dat")), Is.True);
        using (var fromSnapshot = ChannelLedger.Open("mutualaid", _directory))
        {
            var previous = BlockHashing.HeaderHash(0, [], fromSnapshot.GetBlock(0).Header.DataHash.Span);
            fromSnapshot.Commit(TestEnvelopes.Block(1, previous, [TestEnvelopes.Transaction("t2", "cc", [("a", "3")])], [TxValidationCode.Valid]));
            Assert.That(fromSnapshot.State.Get("cc", "a")!.Version, Is.EqualTo(new KeyVersion(1, 0)));
            Assert.That(fromSnapshot.State.Get("cc", "b")!.Version, Is.EqualTo(new KeyVersion(0, 0)));
            Assert.That(fromSnapshot.History.For("cc", "a").Select(h => h.TxId), Is.EqualTo(new[] { "t2", "t1" }));
            Assert.That(fromSnapshot.Transactions.Contains("t1"), Is.True);
        }

        File.Delete(Path.Combine(_directory, "snapshot.dat"));
        using var replayed = ChannelLedger.Open("mutualaid", _directory);
        Assert.That(replayed.State.Get("cc", "a")!.Version, Is.EqualTo(new KeyVersion(1, 0)));
        Assert.That(replayed.History.For("cc", "a"), Has.Count.EqualTo(2));
    }

    [Test]
    public void Open_DamagedSnapshot_FallsBackToReplayingBlocks()
    {
        using (var ledger = ChannelLedger.Open("mutualaid", _directory))
        {
            ledger.Commit(TestEnvelopes.Block(0, [], [TestEnvelopes.Transaction("t1", "cc", [("a", "1")])], [TxValidationCode.Valid]));
        }

        var snapshot = Path.Combine(_directory, "snapshot.dat");
        var bytes = File.ReadAllBytes(snapshot);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(snapshot, bytes);

        using var reopened = ChannelLedger.Open("mutualaid", _directory);

        Assert.That(reopened.State.Get("cc", "a"), Is.Not.Null);
        Assert.That(reopened.Transactions.Contains("t1"), Is.True);
    }

    [Test]
    public async Task WaitAsync_UnknownTxId_CompletesWhenItCommits()
    {
        using var ledger = ChannelLedger.Open("mutualaid", _directory);
        var waiting = ledger.Transactions.WaitAsync("later", CancellationToken.None);

        Assert.That(waiting.IsCompleted, Is.False);
        ledger.Commit(TestEnvelopes.Block(0, [], [TestEnvelopes.Transaction("later", "cc", [("k", "v")])], [TxValidationCode.Valid]));

        Assert.That((await waiting).BlockNumber, Is.Zero);
    }

    [Test]
    public async Task WaitForHeightAboveAsync_CompletesOnNextCommit()
    {
        using var ledger = ChannelLedger.Open("mutualaid", _directory);
        var waiting = ledger.WaitForHeightAboveAsync(0, CancellationToken.None);

        ledger.Commit(TestEnvelopes.Block(0, [], [], []));

        await waiting;
        Assert.That(ledger.Height, Is.EqualTo(1));
    }
}
