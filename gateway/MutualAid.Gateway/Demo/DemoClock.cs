using System.Globalization;
using System.Xml;

namespace MutualAid.Gateway.Demo;

/// <summary>
/// The walkthroughs' view of the embedded default's development clock, over HTTP as any client would use it: reads
/// it, and moves it forward past a window, printing where it moved to and why.
/// </summary>
public sealed class DemoClock(ApiClient client, TextWriter output)
{
    /// <summary>The clock's time now.</summary>
    /// <exception cref="HttpRequestException">The gateway has no development clock (External mode) or refused.</exception>
    public async Task<DateTimeOffset> NowAsync(CancellationToken cancellationToken)
    {
        var reading = (await client.GetAsync("/api/v1/dev/clock", cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        return DateTimeOffset.Parse(reading["now"]!.GetValue<string>(), CultureInfo.InvariantCulture);
    }

    /// <summary>Today's date by the clock (UTC), as the chaincode dates a transaction.</summary>
    public async Task<string> TodayAsync(CancellationToken cancellationToken) =>
        (await NowAsync(cancellationToken).ConfigureAwait(false)).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Moves the clock forward by <paramref name="by"/> and prints the time it moved to.</summary>
    /// <exception cref="HttpRequestException">The gateway refused.</exception>
    public async Task AdvanceAsync(TimeSpan by, string why, CancellationToken cancellationToken)
    {
        var body = $$"""{"by":"{{XmlConvert.ToString(by)}}"}""";
        var reading = (await client.PostAsync("/api/v1/dev/clock/advance", body, null, cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        await output.WriteLineAsync($"  the development clock moves forward {Describe(by)} to {reading["now"]}: {why}").ConfigureAwait(false);
    }

    private static string Describe(TimeSpan by) =>
        string.Join(" ", new[] { (by.Days, "day(s)"), (by.Hours, "hour(s)"), (by.Minutes, "minute(s)") }.Where(p => p.Item1 > 0).Select(p => $"{p.Item1} {p.Item2}"));
}
