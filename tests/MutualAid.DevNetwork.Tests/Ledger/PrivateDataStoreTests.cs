using System.Text;
using MutualAid.DevNetwork.Ledger;

namespace MutualAid.DevNetwork.Tests.Ledger;

public class PrivateDataStoreTests
{
    private string _path = null!;

    [SetUp]
    public void CreatePath() => _path = Path.Combine(Directory.CreateTempSubdirectory("private-").FullName, "InsurerMSP.dat");

    [TearDown]
    public void DeletePath() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    [Test]
    public void Open_RecordsOfBlocksTheLedgerNeverStored_AreDiscarded()
    {
        var store = PrivateDataStore.Open(_path, 0);
        store.Apply([Record("kept", "a", 4), Record("lost", "b", 5)]);

        var reopened = PrivateDataStore.Open(_path, ledgerHeight: 5);

        Assert.That(reopened.Get("cc", "coll", "kept"), Is.Not.Null);
        Assert.That(reopened.Get("cc", "coll", "lost"), Is.Null, "block 5 was never stored: its private data must not appear");
    }

    [Test]
    public void PurgeExpired_RemovesValueAndRewritesFileWithoutIt()
    {
        var store = PrivateDataStore.Open(_path, 0);
        store.Apply([Record("old", "secret-old", 1), Record("new", "secret-new", 9)]);

        store.PurgeExpired((_, _) => 5, currentBlock: 10);

        Assert.That(store.Get("cc", "coll", "old"), Is.Null);
        Assert.That(store.Get("cc", "coll", "new"), Is.Not.Null);
        Assert.That(Encoding.UTF8.GetString(File.ReadAllBytes(_path)), Does.Not.Contain("secret-old"), "purged data leaves the disk");
    }

    [Test]
    public void Apply_NullValue_DeletesAndRangeIsInKeyOrder()
    {
        var store = PrivateDataStore.Open(_path, 0);
        store.Apply([Record("b", "2", 1), Record("a", "1", 1), Record("c", "3", 1)]);

        store.Apply([new PrivateDataRecord("cc", "coll", "b", null, new KeyVersion(2, 0))]);

        Assert.That(store.Range("cc", "coll", "", "").Select(e => e.Key), Is.EqualTo(new[] { "a", "c" }));
    }

    private static PrivateDataRecord Record(string key, string value, ulong block) =>
        new("cc", "coll", key, Encoding.UTF8.GetBytes(value), new KeyVersion(block, 0));
}
