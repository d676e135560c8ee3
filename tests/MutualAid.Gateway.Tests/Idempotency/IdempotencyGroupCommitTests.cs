using MutualAid.Gateway.Api;
using MutualAid.Gateway.Idempotency;

namespace MutualAid.Gateway.Tests.Idempotency;

/// <summary>
/// Answers that complete together are written by one flush: none may be lost, duplicated or torn, and each caller
/// returns only once its own record is on disk.
/// </summary>
public sealed class IdempotencyGroupCommitTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("mutualaid-idempotency-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task ExecuteAsync_ManyAnswersAtOnce_EveryRecordOnDiskOnceWhenItsCallerReturns()
    {
        using var start = new ManualResetEventSlim(false);
        var onDiskWhenReturned = 0;
        using (var store = IdempotencyStore.Open(_directory, TimeProvider.System))
        {
            var writes = Enumerable.Range(0, 64).Select(i => Task.Run(async () =>
            {
                start.Wait();
                await store.ExecuteAsync("caller", $"key-{i}", $"fingerprint-{i}",
                    () => Task.FromResult((new ApiResponse(201, ApiResponse.Json, $"{{\"n\":{i}}}"), true)));
                if (File.ReadAllText(Path.Combine(_directory, IdempotencyStore.FileName)).Contains($"key-{i}", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref onDiskWhenReturned);
                }
            })).ToList();
            start.Set();
            await Task.WhenAll(writes);
        }

        var lines = File.ReadAllLines(Path.Combine(_directory, IdempotencyStore.FileName));
        using var reopened = IdempotencyStore.Open(_directory, TimeProvider.System);
        var replayed = await reopened.ExecuteAsync("caller", "key-17", "fingerprint-17",
            () => throw new AssertionException("a remembered answer must not run again"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(onDiskWhenReturned, Is.EqualTo(64));
            Assert.That(lines, Has.Length.EqualTo(64));
            Assert.That(reopened.Count, Is.EqualTo(64));
            Assert.That(replayed.Replayed, Is.True);
            Assert.That(replayed.Response!.Body, Is.EqualTo("{\"n\":17}"));
        }
    }

    [Test]
    public async Task ExecuteAsync_AnswerWritten_CallerResumesOffTheWriterThread()
    {
        using var store = IdempotencyStore.Open(_directory, TimeProvider.System);

        await store.ExecuteAsync("caller", "key", "fingerprint", () => Task.FromResult((new ApiResponse(201, ApiResponse.Json, "{}"), true)));

        // A caller resumed on the writer would hold up every other write's flush while it answers its request.
        Assert.That(Thread.CurrentThread.Name, Is.Not.EqualTo("idempotency-writer"));
    }

    [Test]
    public void ExecuteAsync_FinalAnswerAfterDispose_FailsWithIOExceptionAndRemembersNothing()
    {
        var store = IdempotencyStore.Open(_directory, TimeProvider.System);
        store.Dispose();

        Assert.ThrowsAsync<IOException>(() => store.ExecuteAsync("caller", "key", "fingerprint",
            () => Task.FromResult((new ApiResponse(201, ApiResponse.Json, "{}"), true))));
        Assert.That(File.ReadAllText(Path.Combine(_directory, IdempotencyStore.FileName)), Is.Empty);
    }
}
