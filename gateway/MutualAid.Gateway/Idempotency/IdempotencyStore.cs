using System.Text;
using System.Text.Json;
using MutualAid.Gateway.Api;

namespace MutualAid.Gateway.Idempotency;

/// <summary>
/// Exactly-once answers for writes: (caller, Idempotency-Key) → request fingerprint and the answer given. The first
/// request with a key runs; concurrent duplicates wait for it; later duplicates get its answer without a new
/// transaction; a different request under the same key is refused. Final answers (successes and the chaincode's
/// refusals) are appended to a JSON-lines file and flushed to disk before they are sent, so they survive restarts;
/// answers that leave the outcome open (conflicts, unavailability) are not kept, and a retry runs again.
/// </summary>
public sealed class IdempotencyStore : IDisposable
{
    /// <summary>The file name of the records.</summary>
    public const string FileName = "records.jsonl";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, IdempotencyRecord> _records;
    private readonly Dictionary<string, (string Fingerprint, Task<ApiResponse> Answer)> _running = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _fileLock = new(1, 1);
    private readonly FileStream _file;
    private readonly TimeProvider _time;

    private IdempotencyStore(FileStream file, Dictionary<string, IdempotencyRecord> records, TimeProvider time)
    {
        _file = file;
        _records = records;
        _time = time;
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

    /// <summary>Opens (or creates) the store in <paramref name="directory"/>; a torn last line from a crash is ignored.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static IdempotencyStore Open(string directory, TimeProvider time)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        var records = new Dictionary<string, IdempotencyRecord>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (TryParse(line) is { } record)
                {
                    records[record.Id] = record;
                }
            }
        }

        var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        return new IdempotencyStore(file, records, time);
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
                return record.Fingerprint == fingerprint ? new(record.Response, true, false) : new(null, false, true);
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
                var record = new IdempotencyRecord(id, fingerprint, response, _time.GetUtcNow());
                await AppendAsync(record).ConfigureAwait(false);
                lock (_gate)
                {
                    _records[id] = record;
                }
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

    /// <inheritdoc />
    public void Dispose()
    {
        _file.Dispose();
        _fileLock.Dispose();
    }

    private async Task AppendAsync(IdempotencyRecord record)
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, Json) + "\n");
        await _fileLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await _file.WriteAsync(line).ConfigureAwait(false);
            _file.Flush(flushToDisk: true);
        }
        finally
        {
            _fileLock.Release();
        }
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
}
