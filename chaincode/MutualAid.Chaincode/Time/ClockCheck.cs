using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using MutualAid.Domain.Errors;
using MutualAid.Domain.State;

namespace MutualAid.Chaincode.Time;

/// <summary>
/// The endorsement-time check of a transaction's timestamp against this host's clock. Fabric lets the client write
/// the timestamp and no peer checks it; every organization's host refuses, before the domain runs, a proposal without
/// one, one that is not a valid protobuf Timestamp, or one further than <see cref="Tolerance"/> from its own clock. It
/// decides only whether to endorse: the timestamp the domain sees, and so the write set, never depends on the clock.
/// </summary>
public sealed class ClockCheck
{
    /// <summary>The largest tolerance a host may be given: beyond an hour a forger would gain real time against a window.</summary>
    public static readonly TimeSpan MaxTolerance = TimeSpan.FromHours(1);

    private const long NanosPerSecond = 1_000_000_000;
    private const int MaxNanos = 999_999_999;

    // The protobuf Timestamp range, 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z, is exactly the BCL's.
    private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>Creates a check of timestamps against <paramref name="clock"/>, accepting at most <paramref name="tolerance"/> either way.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is not positive or exceeds <see cref="MaxTolerance"/>.</exception>
    public ClockCheck(TimeProvider clock, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (ToleranceProblem(tolerance) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, problem);
        }

        Clock = clock;
        Tolerance = tolerance;
    }

    /// <summary>The check a production host runs: the machine's clock (kept by NTP) and <see cref="LedgerTime.DefaultTolerance"/>.</summary>
#pragma warning disable RS0030 // The host's one use of the machine clock: whether to endorse, never what is written.
    public static ClockCheck System { get; } = new(TimeProvider.System, LedgerTime.DefaultTolerance);
#pragma warning restore RS0030

    /// <summary>The host's clock.</summary>
    public TimeProvider Clock { get; }

    /// <summary>How far a transaction's timestamp may lie from <see cref="Clock"/>, in either direction (inclusive).</summary>
    public TimeSpan Tolerance { get; }

    /// <summary>Why <paramref name="tolerance"/> cannot be a host's tolerance; null when it can.</summary>
    public static string? ToleranceProblem(TimeSpan tolerance) =>
        tolerance > TimeSpan.Zero && tolerance <= MaxTolerance
            ? null
            : $"the clock tolerance must be more than zero and at most {MaxTolerance:c}, not {tolerance:c}";

    /// <summary>Accepts or refuses the proposal's <paramref name="timestamp"/> (null when the proposal carries none).</summary>
    /// <param name="timestamp">The channel header's timestamp as the client wrote it.</param>
    /// <param name="accepted">The transaction time, when accepted.</param>
    /// <param name="refusal">Why it was refused (a 400 code and a message), when not.</param>
    /// <returns>True when the timestamp is valid and within <see cref="Tolerance"/> of <see cref="Clock"/>.</returns>
    public bool TryAccept(Timestamp? timestamp, out DateTimeOffset accepted, [NotNullWhen(false)] out TimestampRefusal? refusal)
    {
        accepted = default;
        if (timestamp is null)
        {
            refusal = new TimestampRefusal(ErrorCodes.TimestampMissing, "the proposal's channel header carries no timestamp");
            return false;
        }

        if (timestamp.Nanos is < 0 or > MaxNanos || timestamp.Seconds < MinSeconds || timestamp.Seconds > MaxSeconds)
        {
            refusal = new TimestampRefusal(ErrorCodes.TimestampInvalid,
                $"the proposal's timestamp (seconds {timestamp.Seconds}, nanos {timestamp.Nanos}) is not a valid protobuf Timestamp: "
                + $"nanos must lie in 0..{MaxNanos} and the time in 0001-01-01..9999-12-31");
            return false;
        }

        var time = timestamp.ToDateTimeOffset();
        var now = Clock.GetUtcNow();
        if (Int128.Abs(NanosBetween(timestamp, Timestamp.FromDateTimeOffset(now))) > (Int128)Tolerance.Ticks * (NanosPerSecond / TimeSpan.TicksPerSecond))
        {
            var offset = time - now;
            refusal = new TimestampRefusal(ErrorCodes.TimestampOutOfRange,
                $"the transaction time {Format(time)} is {offset.Duration():c} {(offset > TimeSpan.Zero ? "ahead of" : "behind")} "
                + $"this endorser's clock {Format(now)}; the tolerance is {Tolerance:c}");
            return false;
        }

        accepted = time;
        refusal = null;
        return true;
    }

    // Exact to the nanosecond: a tick-rounded comparison would accept up to 99 ns beyond the tolerance.
    private static Int128 NanosBetween(Timestamp time, Timestamp reference) =>
        ((Int128)time.Seconds - reference.Seconds) * NanosPerSecond + (time.Nanos - reference.Nanos);

    private static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
