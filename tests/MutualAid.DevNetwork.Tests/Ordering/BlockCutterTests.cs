using MutualAid.DevNetwork.Ordering;

namespace MutualAid.DevNetwork.Tests.Ordering;

[CancelAfter(10_000)]
public class BlockCutterTests
{
    [Test]
    public async Task RunAsync_MoreThanMaxCount_CutsFullBatchesInOrder()
    {
        var cutter = new BlockCutter<int>(maxMessageCount: 10, batchTimeout: TimeSpan.FromSeconds(5));
        var batches = new List<IReadOnlyList<int>>();
        for (var i = 0; i < 25; i++)
        {
            cutter.Enqueue(i);
        }

        cutter.Complete();
        await cutter.RunAsync(b => { batches.Add(b); return Task.CompletedTask; }, CancellationToken.None);

        Assert.That(batches.Select(b => b.Count), Is.EqualTo(new[] { 10, 10, 5 }));
        Assert.That(batches.SelectMany(b => b), Is.EqualTo(Enumerable.Range(0, 25)));
    }

    [Test]
    public async Task RunAsync_LoneTransaction_CutAfterBatchTimeout()
    {
        var cutter = new BlockCutter<string>(maxMessageCount: 100, batchTimeout: TimeSpan.FromMilliseconds(50));
        var cut = new TaskCompletionSource<IReadOnlyList<string>>();
        using var stop = new CancellationTokenSource();
        var running = cutter.RunAsync(b => { cut.TrySetResult(b); return Task.CompletedTask; }, stop.Token);

        cutter.Enqueue("tx");
        var batch = await cut.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await stop.CancelAsync();

        Assert.That(batch, Is.EqualTo(new[] { "tx" }));
        Assert.That(async () => await running, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Enqueue_AfterComplete_Throws()
    {
        var cutter = new BlockCutter<int>(1, TimeSpan.FromSeconds(1));
        cutter.Complete();

        Assert.That(() => cutter.Enqueue(1), Throws.InvalidOperationException);
    }
}
