using MutualAid.Chaincode.Execution;

namespace MutualAid.Chaincode.Tests.Execution;

public sealed class DomainExecutorTests
{
    [Test]
    public async Task RunAsync_Call_ReturnsItsResultFromAWorkerWithoutSynchronizationContext()
    {
        using var executor = new DomainExecutor(2);

        var (value, hasContext, isPoolThread) = await executor.RunAsync(() =>
            (42, SynchronizationContext.Current is not null, Thread.CurrentThread.IsThreadPoolThread));

        Assert.That(value, Is.EqualTo(42));
        Assert.That(hasContext, Is.False);
        Assert.That(isPoolThread, Is.False, "the domain blocks on the peer; it must not hold a thread-pool thread");
    }

    [Test]
    public void RunAsync_CallThrows_TheTaskFaultsWithThatException()
    {
        using var executor = new DomainExecutor(2);

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => executor.RunAsync<int>(() => throw new InvalidOperationException("domain fault")));

        Assert.That(error!.Message, Is.EqualTo("domain fault"));
    }

    [Test]
    public async Task RunAsync_MoreCallsThanTheBound_NeverMoreThanTheBoundAtOnceAndAllComplete()
    {
        const int bound = 3;
        using var executor = new DomainExecutor(bound);
        using var release = new ManualResetEventSlim(false);
        var running = 0;
        var most = 0;
        var calls = Enumerable.Range(0, 10).Select(i => executor.RunAsync(() =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            release.Wait();
            Interlocked.Decrement(ref running);
            return i;
        })).ToList();

        SpinWait.SpinUntil(() => Volatile.Read(ref running) == bound, TimeSpan.FromSeconds(10));
        Assert.That(Volatile.Read(ref running), Is.EqualTo(bound), "the bound's worth of calls run while the rest queue");
        release.Set();

        Assert.That(await Task.WhenAll(calls), Is.EqualTo(Enumerable.Range(0, 10)));
        Assert.That(most, Is.EqualTo(bound));
    }

    [Test]
    public async Task RunAsync_ManySequentialCalls_ReuseTheWorkersInsteadOfAThreadEach()
    {
        using var executor = new DomainExecutor(2);
        var threads = new HashSet<int>();

        for (var i = 0; i < 100; i++)
        {
            threads.Add(await executor.RunAsync(() => Environment.CurrentManagedThreadId));
        }

        Assert.That(threads, Has.Count.LessThanOrEqualTo(2));
    }

    [Test]
    public void RunAsync_AfterDispose_ThrowsObjectDisposed()
    {
        var executor = new DomainExecutor(1);
        executor.Dispose();

        Assert.Throws<ObjectDisposedException>(() => executor.RunAsync(() => 1));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }
}
