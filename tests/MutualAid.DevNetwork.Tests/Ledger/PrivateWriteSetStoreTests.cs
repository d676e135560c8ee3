using System.Security.Cryptography;
using System.Text;
using Fabric.Protos.Ledger.KvRwset;
using Google.Protobuf;
using MutualAid.DevNetwork.Ledger;

namespace MutualAid.DevNetwork.Tests.Ledger;

public class PrivateWriteSetStoreTests
{
    private static readonly (string, string, byte[], KeyVersion)[] NoPurges = [];
    private string _path = null!;

    [SetUp]
    public void CreatePath() => _path = Path.Combine(Directory.CreateTempSubdirectory("writesets-").FullName, "InsurerMSP.writesets.dat");

    [TearDown]
    public void DeletePath() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    [Test]
    public void ForBlock_AfterCommit_SetsInTransactionOrderAndBytesUnchanged()
    {
        var store = PrivateWriteSetStore.Open(_path, 0);
        var first = Set(3, 0, ("a", "1"));
        var second = Set(3, 2, ("b", "2"));

        store.Commit(3, [first, second], NoPurges);

        Assert.That(store.ForBlock(3), Is.EqualTo(new[] { first, second }));
        Assert.That(store.ForBlock(2), Is.Empty);
    }

    [Test]
    public void Open_SetsOfBlocksTheLedgerNeverStored_AreDiscarded()
    {
        var store = PrivateWriteSetStore.Open(_path, 0);
        store.Commit(4, [Set(4, 0, ("kept", "a"))], NoPurges);
        store.Commit(5, [Set(5, 0, ("lost", "b"))], NoPurges);

        var reopened = PrivateWriteSetStore.Open(_path, ledgerHeight: 5);

        Assert.That(reopened.ForBlock(4).Single().Rwset, Is.EqualTo(Set(4, 0, ("kept", "a")).Rwset));
        Assert.That(reopened.ForBlock(5), Is.Empty, "block 5 was never stored: its private data must not appear");
    }

    [Test]
    public void Commit_PurgedKey_RemovedFromSetsUpToThePurgingTransactionOnly()
    {
        var store = PrivateWriteSetStore.Open(_path, 0);
        store.Commit(1, [Set(1, 0, ("gone", "secret-1"), ("stays", "x"))], NoPurges);
        store.Commit(2, [Set(2, 0, ("gone", "secret-2"))], NoPurges);

        store.Commit(3, [Set(3, 1, ("gone", "rewritten"))], [("cc", "coll", KeyHash("gone"), new KeyVersion(3, 0))]);

        Assert.That(Keys(store.ForBlock(1).Single()), Is.EqualTo(new[] { "stays" }), "other keys of a trimmed set remain");
        Assert.That(store.ForBlock(2), Is.Empty, "a set left with no writes is dropped");
        Assert.That(Keys(store.ForBlock(3).Single()), Is.EqualTo(new[] { "gone" }), "a write after the purge is kept");
        Assert.That(Encoding.UTF8.GetString(File.ReadAllBytes(_path)), Does.Not.Contain("secret-"), "purged data leaves the disk");
    }

    [Test]
    public void Commit_AtExpiryBlock_RemovesExpiredSetsAndRewritesFile()
    {
        var store = PrivateWriteSetStore.Open(_path, 0);
        store.Commit(1, [Set(1, 0, ("short", "secret-short")) with { ExpiryBlock = 3 }, Set(1, 1, ("long", "kept"))], NoPurges);

        store.Commit(2, [], NoPurges);
        var beforeExpiry = store.ForBlock(1).Count;
        store.Commit(3, [], NoPurges);

        Assert.That(beforeExpiry, Is.EqualTo(2));
        Assert.That(store.ForBlock(1).Select(s => s.Version.TxNum), Is.EqualTo(new[] { 1UL }));
        Assert.That(Encoding.UTF8.GetString(File.ReadAllBytes(_path)), Does.Not.Contain("secret-short"));
        Assert.That(PrivateWriteSetStore.Open(_path, ledgerHeight: 4).ForBlock(1), Has.Count.EqualTo(1));
    }

    private static PrivateWriteSet Set(ulong block, ulong tx, params (string Key, string Value)[] writes)
    {
        var set = new KVRWSet();
        set.Writes.AddRange(writes.Select(w => new KVWrite { Key = w.Key, Value = ByteString.CopyFromUtf8(w.Value) }));
        return new PrivateWriteSet(new KeyVersion(block, tx), "cc", "coll", 0, set.ToByteString());
    }

    private static byte[] KeyHash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static IEnumerable<string> Keys(PrivateWriteSet set) => KVRWSet.Parser.ParseFrom(set.Rwset).Writes.Select(w => w.Key);
}
