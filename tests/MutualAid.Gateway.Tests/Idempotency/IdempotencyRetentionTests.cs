using Microsoft.Extensions.Time.Testing;
using MutualAid.Gateway.Api;
using MutualAid.Gateway.Idempotency;

namespace MutualAid.Gateway.Tests.Idempotency;

/// <summary>
/// Retention of idempotency records on the store itself, with a fake clock: young records survive a sweep, old ones
/// go from memory and file, running writes are never swept, and the file agrees with memory across a restart.
/// </summary>
public sealed class IdempotencyRetentionTests
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    private string _directory = null!;
    private FakeTimeProvider _time = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Directory.CreateTempSubdirectory("mutualaid-idempotency-").FullName;
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task SweepAsync_RecordYoungerThanRetention_Survives()
    {
        using var store = Open();
        await AnswerAsync(store, "young");
        _time.Advance(Retention - TimeSpan.FromMinutes(1));

        var removed = await store.SweepAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(removed, Is.Zero);
            Assert.That(store.Count, Is.EqualTo(1));
            Assert.That((await AnswerAsync(store, "young")).Replayed, Is.True);
        }
    }

    [Test]
    public async Task SweepAsync_RecordOlderThanRetention_IsRemovedFromMemoryAndFile()
    {
        using var store = Open();
        await AnswerAsync(store, "old");
        _time.Advance(TimeSpan.FromDays(10));
        await AnswerAsync(store, "recent");
        _time.Advance(Retention - TimeSpan.FromDays(5));

        var removed = await store.SweepAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(removed, Is.EqualTo(1));
            Assert.That(store.Count, Is.EqualTo(1));
            Assert.That(FileLines(), Has.Length.EqualTo(1).And.Some.Contains("recent"));
        }
    }

    [Test]
    public async Task ExecuteAsync_ExpiredKeyReused_RunsAsFreshRequest()
    {
        using var store = Open();
        await AnswerAsync(store, "reused", "first request");
        _time.Advance(Retention + TimeSpan.FromDays(1));

        // Not swept yet: an expired record is treated as absent all the same, even for another request.
        var again = await AnswerAsync(store, "reused", "another request");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again.Replayed, Is.False);
            Assert.That(again.KeyReused, Is.False);
            Assert.That(again.Response!.Body, Is.EqualTo("another request"));
        }
    }

    [Test]
    public async Task SweepAsync_WriteStillRunning_IsNeverSwept()
    {
        using var store = Open();
        await AnswerAsync(store, "old");
        var release = new TaskCompletionSource<(ApiResponse, bool)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = store.ExecuteAsync("caller", "pending", "fingerprint-pending", () => release.Task);
        _time.Advance(Retention + TimeSpan.FromDays(1));

        var removed = await store.SweepAsync();
        release.SetResult((new ApiResponse(201, ApiResponse.Json, "pending answer"), true));
        var first = await running;
        var retry = await AnswerAsync(store, "pending", "ignored");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(removed, Is.EqualTo(1));
            Assert.That(first.Response!.Body, Is.EqualTo("pending answer"));
            Assert.That(retry.Replayed, Is.True);
            Assert.That(retry.Response!.Body, Is.EqualTo("pending answer"));
            Assert.That(FileLines(), Has.Length.EqualTo(1).And.Some.Contains("pending answer"));
        }
    }

    [Test]
    public async Task Open_AfterSweepAndAppend_HoldsTheSameRecords()
    {
        using (var store = Open())
        {
            await AnswerAsync(store, "old");
            _time.Advance(Retention + TimeSpan.FromDays(1));
            await AnswerAsync(store, "kept");
            await store.SweepAsync();

            // Appended after the sweep rewrote the file: must land in the new file, not the replaced one.
            await AnswerAsync(store, "after-sweep");
        }

        using var reopened = Open();
        var kept = await AnswerAsync(reopened, "kept", "ignored");
        var after = await AnswerAsync(reopened, "after-sweep", "ignored");
        var old = await AnswerAsync(reopened, "old", "new answer");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(kept.Replayed, Is.True);
            Assert.That(after.Replayed, Is.True);
            Assert.That(old.Replayed, Is.False);
        }
    }

    [Test]
    public async Task Open_RecordsExpiredWhileStopped_AreDroppedAndFileRewritten()
    {
        using (var store = Open())
        {
            await AnswerAsync(store, "old");
            _time.Advance(TimeSpan.FromDays(20));
            await AnswerAsync(store, "young");
        }

        _time.Advance(TimeSpan.FromDays(15));
        using var reopened = Open();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reopened.Count, Is.EqualTo(1));
            Assert.That(FileLines(), Has.Length.EqualTo(1).And.Some.Contains("young"));
        }
    }

    [Test]
    public async Task SweepAsync_NoRetention_KeepsEverything()
    {
        using var store = IdempotencyStore.Open(_directory, _time, null);
        await AnswerAsync(store, "forever");
        _time.Advance(TimeSpan.FromDays(3650));

        var removed = await store.SweepAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(removed, Is.Zero);
            Assert.That((await AnswerAsync(store, "forever")).Replayed, Is.True);
        }
    }

    [Test]
    public void Retention_ZeroDays_MeansNoExpiry()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(new IdempotencySettings().Retention, Is.EqualTo(TimeSpan.FromDays(30)));
            Assert.That(new IdempotencySettings { RetentionDays = 0 }.Retention, Is.Null);
        }
    }

    private IdempotencyStore Open() => IdempotencyStore.Open(_directory, _time, Retention);

    private string[] FileLines() => File.ReadAllLines(Path.Combine(_directory, IdempotencyStore.FileName));

    /// <summary>A write under <paramref name="key"/> whose answer (when it runs) is <paramref name="body"/>, by default the key itself.</summary>
    private static Task<IdempotencyOutcome> AnswerAsync(IdempotencyStore store, string key, string? body = null) =>
        store.ExecuteAsync("caller", key, "fingerprint-" + key,
            () => Task.FromResult((new ApiResponse(201, ApiResponse.Json, body ?? key), true)));
}
