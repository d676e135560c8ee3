using MutualAid.DevNetwork.Storage;

namespace MutualAid.DevNetwork.Tests.Storage;

public class BlockStoreTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() =>
        _directory = Directory.CreateTempSubdirectory("blockstore-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public void Append_ThenReopen_ReadsEveryBlockBack()
    {
        using (var store = BlockStore.Open(_directory))
        {
            for (ulong i = 0; i < 10; i++)
            {
                store.Append(i, Block(i));
            }
        }

        using var reopened = BlockStore.Open(_directory);

        Assert.That(reopened.Height, Is.EqualTo(10));
        for (ulong i = 0; i < 10; i++)
        {
            Assert.That(reopened.Read(i), Is.EqualTo(Block(i)));
        }
    }

    [Test]
    public void Open_TornLastFrame_RecoversToLastCompleteBlock()
    {
        using (var store = BlockStore.Open(_directory))
        {
            store.Append(0, Block(0));
            store.Append(1, Block(1));
        }

        var segment = Directory.GetFiles(_directory).Single();
        var length = new FileInfo(segment).Length;
        using (var file = new FileStream(segment, FileMode.Open))
        {
            file.SetLength(length - 3); // a crash in the middle of block 1
        }

        using var recovered = BlockStore.Open(_directory);
        recovered.Append(1, Block(42));

        Assert.That(recovered.Height, Is.EqualTo(2));
        Assert.That(recovered.Read(0), Is.EqualTo(Block(0)));
        Assert.That(recovered.Read(1), Is.EqualTo(Block(42)));
    }

    [Test]
    public void Open_CorruptedPayload_DropsTheCorruptBlockAndEverythingAfter()
    {
        using (var store = BlockStore.Open(_directory))
        {
            store.Append(0, Block(0));
            store.Append(1, Block(1));
            store.Append(2, Block(2));
        }

        var segment = Directory.GetFiles(_directory).Single();
        var bytes = File.ReadAllBytes(segment);
        var secondPayload = BlockFrame.HeaderSize * 2 + Block(0).Length + 1;
        bytes[secondPayload] ^= 0xFF;
        File.WriteAllBytes(segment, bytes);

        using var recovered = BlockStore.Open(_directory);

        Assert.That(recovered.Height, Is.EqualTo(1));
    }

    [Test]
    public void Append_PastSegmentLimit_RollsToNewSegmentAndReadsAcross()
    {
        using (var store = BlockStore.Open(_directory, segmentLimit: 256))
        {
            for (ulong i = 0; i < 20; i++)
            {
                store.Append(i, Block(i));
            }
        }

        using var reopened = BlockStore.Open(_directory, segmentLimit: 256);

        Assert.That(Directory.GetFiles(_directory), Has.Length.GreaterThan(1));
        Assert.That(reopened.Height, Is.EqualTo(20));
        Assert.That(reopened.Read(19), Is.EqualTo(Block(19)));
    }

    [Test]
    public void Append_OutOfSequence_ThrowsAndStoresNothing()
    {
        using var store = BlockStore.Open(_directory);

        Assert.That(() => store.Append(1, Block(1)), Throws.ArgumentException.With.Message.Contains("out of sequence"));
        Assert.That(store.Height, Is.Zero);
    }

    private static byte[] Block(ulong number) =>
        Enumerable.Range(0, 40 + (int)number).Select(i => (byte)(i * 7 + (int)number)).ToArray();
}
