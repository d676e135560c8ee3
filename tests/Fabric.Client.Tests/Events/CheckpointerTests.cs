using Fabric.Client.Events;

namespace Fabric.Client.Tests.Events;

internal sealed class CheckpointerTests
{
    private string _path = null!;

    [SetUp]
    public void NewPath() => _path = Path.Combine(Path.GetTempPath(), $"fabric-client-checkpointer-{Guid.NewGuid():N}.json");

    [TearDown]
    public void DeleteFile() => File.Delete(_path);

    [Test]
    public async Task CheckpointBlockAsync_InMemory_PointsAtNextBlockWithoutTransaction()
    {
        var checkpointer = new InMemoryCheckpointer();
        await checkpointer.CheckpointTransactionAsync(4, "tx");

        await checkpointer.CheckpointBlockAsync(4);

        Assert.Multiple(() =>
        {
            Assert.That(checkpointer.BlockNumber, Is.EqualTo(5));
            Assert.That(checkpointer.TransactionId, Is.Null);
        });
    }

    [Test]
    public async Task OpenAsync_AfterCheckpointInAnotherInstance_LoadsSamePosition()
    {
        var first = await FileCheckpointer.OpenAsync(_path);
        await first.CheckpointChaincodeEventAsync(new ChaincodeEvent(12, "tx12", "cc", "E", []));

        var second = await FileCheckpointer.OpenAsync(_path);

        Assert.Multiple(() =>
        {
            Assert.That(second.BlockNumber, Is.EqualTo(12));
            Assert.That(second.TransactionId, Is.EqualTo("tx12"));
        });
    }

    [Test]
    public async Task OpenAsync_NoFile_StartsEmptyAndCreatesFile()
    {
        var checkpointer = await FileCheckpointer.OpenAsync(_path);

        Assert.Multiple(() =>
        {
            Assert.That(checkpointer.BlockNumber, Is.Null);
            Assert.That(File.Exists(_path), Is.True);
        });
    }

    [Test]
    public async Task OpenAsync_FileInNodeClientLayout_ReadsIt()
    {
        await File.WriteAllTextAsync(_path, "{\"blockNumber\":\"18446744073709551615\",\"transactionId\":\"abc\"}");

        var checkpointer = await FileCheckpointer.OpenAsync(_path);

        Assert.Multiple(() =>
        {
            Assert.That(checkpointer.BlockNumber, Is.EqualTo(ulong.MaxValue));
            Assert.That(checkpointer.TransactionId, Is.EqualTo("abc"));
        });
    }

    [Test]
    public async Task OpenAsync_CorruptFile_ThrowsFormatException()
    {
        await File.WriteAllTextAsync(_path, "not json");

        Assert.That(async () => await FileCheckpointer.OpenAsync(_path), Throws.InstanceOf<FormatException>());
    }
}
