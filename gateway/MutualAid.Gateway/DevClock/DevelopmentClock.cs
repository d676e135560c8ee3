using System.Globalization;
using System.Text.Json;

namespace MutualAid.Gateway.DevClock;

/// <summary>
/// The embedded default's one clock: the system clock plus an offset that only moves forward. Every gateway's
/// Fabric.Client stamps proposals with it and the in-process chaincode host and development network check them
/// against it, so a demo or a test can let a notice window or a voting period pass. The offset is kept in a file of
/// the data directory, so a restart resumes at the moved time instead of stamping records earlier than those already
/// written. A deployment on a real network never creates one.
/// </summary>
public sealed class DevelopmentClock : TimeProvider
{
    /// <summary>The largest total offset: ten years, the longest window a pool may set.</summary>
    public static readonly TimeSpan MaxOffset = TimeSpan.FromDays(3650);

    private readonly TimeProvider _system;
    private readonly string? _file;
    private readonly Lock _gate = new();
    private long _offsetTicks;

    private DevelopmentClock(TimeProvider system, string? file, TimeSpan offset)
    {
        _system = system;
        _file = file;
        _offsetTicks = offset.Ticks;
    }

    /// <summary>How far ahead of the system clock this clock runs.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>A clock whose offset lives in <paramref name="file"/> (created on the first advance), or in memory when null.</summary>
    /// <exception cref="InvalidDataException">The file exists and does not hold a valid offset.</exception>
    public static DevelopmentClock Open(string? file, TimeProvider? system = null)
    {
        var offset = TimeSpan.Zero;
        if (file is not null && File.Exists(file))
        {
            offset = ReadOffset(file);
        }

        return new DevelopmentClock(system ?? System, file, offset);
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _system.GetUtcNow() + Offset;

    /// <inheritdoc />
    public override long GetTimestamp() => _system.GetTimestamp();

    /// <inheritdoc />
    public override long TimestampFrequency => _system.TimestampFrequency;

    /// <summary>
    /// Moves the clock forward by <paramref name="by"/> and keeps the new offset. False, with the reason in
    /// <paramref name="refusal"/> and nothing changed, when <paramref name="by"/> is not positive or the total would
    /// pass <see cref="MaxOffset"/>.
    /// </summary>
    /// <exception cref="IOException">The offset file cannot be written (the clock is then unchanged).</exception>
    public bool TryAdvance(TimeSpan by, out string? refusal)
    {
        lock (_gate)
        {
            refusal = by <= TimeSpan.Zero ? "the clock only moves forward"
                : by > MaxOffset - Offset ? $"the clock may run at most {MaxOffset.TotalDays:0} days ahead; it runs {Offset:c} ahead now"
                : null;
            if (refusal is not null)
            {
                return false;
            }

            var next = Offset + by;
            if (_file is not null)
            {
                WriteOffset(_file, next);
            }

            Interlocked.Exchange(ref _offsetTicks, next.Ticks);
            return true;
        }
    }

    private static TimeSpan ReadOffset(string file)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var text = document.RootElement.GetProperty("offset").GetString();
            if (TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var offset) && offset >= TimeSpan.Zero && offset <= MaxOffset)
            {
                return offset;
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{file} does not hold a development clock offset: {ex.Message}", ex);
        }

        throw new InvalidDataException($"{file} does not hold a development clock offset between 0 and {MaxOffset:c}");
    }

    private static void WriteOffset(string file, TimeSpan offset)
    {
        var temporary = file + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("offset", offset.ToString("c", CultureInfo.InvariantCulture));
            writer.WriteEndObject();
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, file, overwrite: true);
    }
}
