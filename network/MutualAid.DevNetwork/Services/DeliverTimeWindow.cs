using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace MutualAid.DevNetwork.Services;

/// <summary>
/// The check a Fabric peer's Deliver handler makes of a seek envelope's channel header timestamp:
/// it must be present and at most the time window away from the peer's clock, either way, edges included.
/// </summary>
/// <param name="clock">The peer's clock.</param>
/// <param name="window">How far the timestamp may be from the clock.</param>
public sealed class DeliverTimeWindow(TimeProvider clock, TimeSpan window)
{
    private const long NanosPerSecond = 1_000_000_000;

    /// <summary>The window either side of the clock.</summary>
    public TimeSpan Window { get; } = window;

    /// <summary>True when <paramref name="timestamp"/> is inside the window; otherwise why not, in Fabric's words.</summary>
    public bool Accepts(Timestamp? timestamp, out string problem)
    {
        if (timestamp is null)
        {
            problem = "channel header in envelope must contain timestamp";
            return false;
        }

        var now = clock.GetUtcNow();

        // In nanoseconds as Int128, so no timestamp a client can write (any int64 seconds) overflows the comparison.
        var nowNanos = (Int128)(now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;
        var sentNanos = (Int128)timestamp.Seconds * NanosPerSecond + timestamp.Nanos;
        var distance = Int128.Abs(nowNanos - sentNanos);
        if (distance <= (Int128)Window.Ticks * 100)
        {
            problem = string.Empty;
            return true;
        }

        problem = string.Create(CultureInfo.InvariantCulture,
            $"envelope timestamp {Describe(timestamp)} is more than {Window} apart from current server time {now:O}");
        return false;
    }

    private static string Describe(Timestamp timestamp) =>
        timestamp.Seconds is >= -62_135_596_800 and <= 253_402_300_799 && timestamp.Nanos is >= 0 and < (int)NanosPerSecond
            ? timestamp.ToDateTimeOffset().ToString("O", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{timestamp.Seconds}s {timestamp.Nanos}ns after the Unix epoch");
}
