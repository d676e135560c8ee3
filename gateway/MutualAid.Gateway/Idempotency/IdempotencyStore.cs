using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using MutualAid.Gateway.Api;

namespace MutualAid.Gateway.Idempotency;

/// <summary>
/// Exactly-once answers for writes: (caller, Idempotency-Key) → request fingerprint and the answer given. The first
/// request with a key runs; concurrent duplicates wait for it; later duplicates get its answer without a new
/// transaction; a different request under the same key is refused. Final answers (successes and the chaincode's
/// refusals) are appended to a JSON-lines file and flushed to disk before they are sent, so they survive restarts;
/// answers that leave the outcome open (conflicts, unavailability) are not kept, and a retry runs again. The file is
/// written by a thread of its own, so no request thread ever waits in a disk flush: answers that complete together
/// are written in one batch and one flush (group commit), and their callers resume when it is done.
/// Records older than the retention are forgotten: dropped on open, treated as absent on lookup, and removed from
/// the file by <see cref="SweepAsync"/>. Writes still running are never records, so they are never swept.
/// </summary>
public sealed class IdempotencyStore : IDisposable
{
    /// <summary>The file name of the records.</summary>
    public const string FileName = "records.jsonl";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, IdempotencyRecord> _records;
    private readonly Dictionary<string, (string Fingerprint, Task<ApiResponse> Answer)> _running = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly BlockingCollection<FileWork> _fileWork = new();
    private readonly Thread _writer;
    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly TimeSpan? _retention;
    private FileStream _file;
    private int _disposed;

    private IdempotencyStore(string path, Dictionary<string, IdempotencyRecord> records, TimeProvider time, TimeSpan? retention)
    {
        _path = path;
        _records = records;
        _time = time;
        _retention = retention;
        _file = OpenForAppend(path);
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "idempotency-writer" };
        _writer.Start();
    }

    /// <summary>How many answers are remembered.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _records.Count;
            }
        }
    }

    /// <summary>Opens (or creates) the store in <paramref name="directory"/>, keeping records forever.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static IdempotencyStore Open(string directory, TimeProvider time) => Open(directory, time, null);

    /// <summary>
    /// Opens (or creates) the store in <paramref name="directory"/>; a torn last line from a crash is ignored, and
    /// records older than <paramref name="retention"/> (null: none) are dropped and the file rewritten without them.
    /// </summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static IdempotencyStore Open(string directory, TimeProvider time, TimeSpan? retention)
    {
        ArgumentNullException.ThrowIfNull(time);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        var records = new Dictionary<string, IdempotencyRecord>(StringComparer.Ordinal);
        var lines = 0;
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                lines++;
                if (TryParse(line) is { } record)
                {
                    records[record.Id] = record;
                }
            }
        }

        var now = time.GetUtcNow();
        var expired = records.Values.Where(r => IsExpired(r, now, retention)).Select(r => r.Id).ToList();
        expired.ForEach(id => records.Remove(id));
        if (expired.Count > 0 || lines > records.Count)
        {
            // Start from a file holding exactly the live records: expired, superseded and torn lines go.
            Rewrite(path, records.Values);
        }

        return new IdempotencyStore(path, records, time, retention);
    }

    /// <summary>
    /// Answers the write (<paramref name="caller"/>, <paramref name="key"/>) whose call has <paramref name="fingerprint"/>,
    /// running <paramref name="run"/> only when no answer exists or is being produced.
    /// </summary>
    public async Task<IdempotencyOutcome> ExecuteAsync(string caller, string key, string fingerprint, Func<Task<(ApiResponse Response, bool IsFinal)>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var id = caller + "\n" + key;
        TaskCompletionSource<ApiResponse>? owner = null;
        Task<ApiResponse>? first = null;
        lock (_gate)
        {
            if (_records.TryGetValue(id, out var record))
            {
                if (!IsExpired(record, _time.GetUtcNow(), _retention))
                {
                    return record.Fingerprint == fingerprint ? new(record.Response, true, false) : new(null, false, true);
                }

                // Past retention the key is fresh again, swept or not; the chaincode's request id still stops a second effect.
                _records.Remove(id);
            }

            if (_running.TryGetValue(id, out var running))
            {
                if (running.Fingerprint != fingerprint)
                {
                    return new(null, false, true);
                }

                first = running.Answer;
            }
            else
            {
                owner = new TaskCompletionSource<ApiResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
                _running[id] = (fingerprint, owner.Task);
            }
        }

        if (owner is null)
        {
            return new(await first!.ConfigureAwait(false), true, false);
        }

        try
        {
            var (response, isFinal) = await run().ConfigureAwait(false);
            if (isFinal)
            {
                await AppendAsync(new IdempotencyRecord(id, fingerprint, response, _time.GetUtcNow())).ConfigureAwait(false);
            }

            owner.SetResult(response);
            return new(response, false, false);
        }
        catch (Exception ex)
        {
            owner.SetException(ex);
            throw;
        }
        finally
        {
            lock (_gate)
            {
                _running.Remove(id);
            }
        }
    }

    /// <summary>Writes what is queued, then closes the file; later writes fail with <see cref="IOException"/>.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _fileWork.CompleteAdding();
        _writer.Join();
        _file.Dispose();
        _fileWork.Dispose();
    }

    /// <summary>
    /// Forgets every record older than the retention and rewrites the file without them (atomically: a temporary
    /// file, flushed, then renamed over it). Returns how many were removed; nothing happens without a retention.
    /// </summary>
    /// <exception cref="IOException">The file cannot be rewritten; the old file stays whole.</exception>
    public Task<int> SweepAsync()
    {
        if (_retention is null)
        {
            return Task.FromResult(0);
        }

        var sweep = new PendingSweep();
        Enqueue(sweep);
        return sweep.Removed.Task;
    }

    private Task AppendAsync(IdempotencyRecord record)
    {
        var append = new PendingAppend(record, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, Json) + "\n"));
        Enqueue(append);
        return append.Written.Task;
    }

    private void Enqueue(FileWork work)
    {
        try
        {
            _fileWork.Add(work);
        }
        catch (Exception closed) when (closed is InvalidOperationException or ObjectDisposedException)
        {
            throw new IOException("the idempotency store is closed", closed);
        }
    }

    /// <summary>The writer thread: every append queued meanwhile goes out with one flush; a sweep runs between batches, in order.</summary>
    private void WriteLoop()
    {
        var batch = new List<PendingAppend>();
        foreach (var first in _fileWork.GetConsumingEnumerable())
        {
            var work = first;
            while (work is PendingAppend append)
            {
                batch.Add(append);
                work = _fileWork.TryTake(out var next) ? next : null;
            }

            WriteBatch(batch);
            batch.Clear();
            if (work is PendingSweep sweep)
            {
                Sweep(sweep);
            }
        }
    }

    private void WriteBatch(List<PendingAppend> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            foreach (var append in batch)
            {
                _file.Write(append.Line);
            }

            _file.Flush(flushToDisk: true);

            // Remembered only once on disk, and on this thread, so a sweep's snapshot either holds them or runs before they are written.
            lock (_gate)
            {
                foreach (var append in batch)
                {
                    _records[append.Record.Id] = append.Record;
                }
            }

            batch.ForEach(append => append.Written.SetResult());
        }
        catch (Exception error)
        {
            // Whatever went wrong, every waiting caller hears of it and the writer goes on: a caller left waiting would hang its request.
            batch.ForEach(append => append.Written.SetException(new IOException("the idempotency record could not be written", error)));
        }
    }

    private void Sweep(PendingSweep sweep)
    {
        try
        {
            List<IdempotencyRecord> kept;
            int removed;
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                var expired = _records.Values.Where(r => IsExpired(r, now, _retention)).Select(r => r.Id).ToList();
                expired.ForEach(id => _records.Remove(id));
                removed = expired.Count;
                kept = [.. _records.Values];
            }

            if (removed > 0)
            {
                // Appends are written on this thread too, so none can reach the old file after this snapshot.
                var temporary = WriteTemporary(_path, kept);
                _file.Dispose();
                try
                {
                    File.Move(temporary, _path, overwrite: true);
                }
                finally
                {
                    _file = OpenForAppend(_path);
                }
            }

            sweep.Removed.SetResult(removed);
        }
        catch (Exception error)
        {
            // As for appends: the sweeper hears of it, and the writer goes on.
            sweep.Removed.SetException(error is IOException ? error : new IOException("the idempotency records could not be swept", error));
        }
    }

    private static bool IsExpired(IdempotencyRecord record, DateTimeOffset now, TimeSpan? retention) =>
        retention is { } keep && record.At < now - keep;

    private static FileStream OpenForAppend(string path) => new(path, FileMode.Append, FileAccess.Write, FileShare.Read);

    private static void Rewrite(string path, IEnumerable<IdempotencyRecord> records) =>
        File.Move(WriteTemporary(path, records), path, overwrite: true);

    private static string WriteTemporary(string path, IEnumerable<IdempotencyRecord> records)
    {
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            foreach (var record in records.OrderBy(r => r.At))
            {
                file.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, Json) + "\n"));
            }

            file.Flush(flushToDisk: true);
        }

        return temporary;
    }

    private static IdempotencyRecord? TryParse(string line)
    {
        try
        {
            return string.IsNullOrWhiteSpace(line) ? null : JsonSerializer.Deserialize<IdempotencyRecord>(line, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Work for the writer thread; callers resume on the pool, never on the writer.</summary>
    private abstract class FileWork;

    /// <summary>A record waiting for the file.</summary>
    private sealed class PendingAppend(IdempotencyRecord record, byte[] line) : FileWork
    {
        public IdempotencyRecord Record { get; } = record;

        public byte[] Line { get; } = line;

        public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>A sweep waiting for the writer.</summary>
    private sealed class PendingSweep : FileWork
    {
        public TaskCompletionSource<int> Removed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
