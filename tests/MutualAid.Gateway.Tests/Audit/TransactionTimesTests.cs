using Google.Protobuf;
using MutualAid.Gateway.Audit;

namespace MutualAid.Gateway.Tests.Audit;

/// <summary>Which transactions the audit reports for timestamps that do not fit their place in block order.</summary>
public sealed class TransactionTimesTests
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Findings_HonestTimesWithQuietDaysBetween_ReportNothing()
    {
        var findings = Run(Minutes(0, 1, 2, 3), Days(4, 0, 1, 2), Days(30, 0));

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Findings_ClientsSkewedWithinTheTolerance_ReportNothing()
    {
        var findings = Run(Enumerable.Range(0, 40).Select(i => Start.AddMinutes(i).AddMinutes(i % 2 == 0 ? 2 : -2)).Cast<DateTimeOffset?>().ToArray());

        Assert.That(findings, Is.Empty);
    }

    [Test]
    public void Findings_OneBackdatedTransaction_ReportsItAloneAsBackdated()
    {
        var times = Minutes(0, 1, 2, 3, 4, 5, 6);
        times[3] = Start.AddDays(-3);

        var findings = Run(times);

        Assert.That(findings.Select(f => (f.TransactionId, f.Kind)), Is.EqualTo(new[] { ("tx-3", TimeFindingKind.Backdated) }));
        Assert.That(findings[0].NeighbourTime, Is.EqualTo(Start.AddMinutes(2)), "the lower median of the three before it and the three after");
    }

    [Test]
    public void Findings_OneFutureDatedTransaction_ReportsItAloneAsFutureDated()
    {
        var times = Minutes(0, 1, 2, 3, 4, 5, 6);
        times[2] = Start.AddDays(14);

        var findings = Run(times);

        Assert.That(findings.Select(f => (f.TransactionId, f.Kind)), Is.EqualTo(new[] { ("tx-2", TimeFindingKind.FutureDated) }));
    }

    [Test]
    public void Findings_TwoBackdatedInARow_ReportsBoth()
    {
        var times = Minutes(0, 1, 2, 3, 4, 5, 6, 7);
        times[3] = Start.AddHours(-5);
        times[4] = Start.AddHours(-5).AddMinutes(1);

        var findings = Run(times);

        Assert.That(findings.Select(f => f.TransactionId), Is.EqualTo(new[] { "tx-3", "tx-4" }));
    }

    [Test]
    public void Findings_JustBeyondTheTolerance_ReportedAndJustWithin_NotReported()
    {
        var within = Minutes(10, 11, 12, 13);
        within[3] = Start.AddMinutes(11) - Tolerance;
        var beyond = Minutes(10, 11, 12, 13);
        beyond[3] = Start.AddMinutes(11) - Tolerance - TimeSpan.FromMilliseconds(1);

        Assert.That(Run(within), Is.Empty);
        Assert.That(Run(beyond).Select(f => f.TransactionId), Is.EqualTo(new[] { "tx-3" }));
    }

    [Test]
    public void Findings_NoTimestamp_ReportedAsMissing()
    {
        var times = Minutes(0, 1, 2);
        times[1] = null;

        var findings = Run(times);

        Assert.That(findings.Select(f => (f.TransactionId, f.Kind, f.Timestamp)), Is.EqualTo(new[] { ("tx-1", TimeFindingKind.Missing, (DateTimeOffset?)null) }));
    }

    [Test]
    public void Findings_ContextBeforeTheRange_ComparedWithButNeverReported()
    {
        var times = new TransactionTimes(Tolerance);
        times.Add(9, "context-old", ByteString.Empty, Start.AddDays(-1), context: true);
        times.Add(9, "context", ByteString.Empty, Start, context: true);
        times.Add(9, "context-2", ByteString.Empty, Start.AddMinutes(1), context: true);
        times.Add(10, "backdated", ByteString.Empty, Start.AddHours(-2));
        times.Add(10, "honest", ByteString.Empty, Start.AddMinutes(2));

        Assert.That(times.Findings().Select(f => (f.Block, f.TransactionId)), Is.EqualTo(new[] { (10UL, "backdated") }));
    }

    private static DateTimeOffset?[] Minutes(params int[] minutes) => [.. minutes.Select(m => (DateTimeOffset?)Start.AddMinutes(m))];

    private static DateTimeOffset?[] Days(int days, params int[] minutes) => [.. minutes.Select(m => (DateTimeOffset?)Start.AddDays(days).AddMinutes(m))];

    private static List<TimeFinding> Run(params DateTimeOffset?[][] runs)
    {
        var times = new TransactionTimes(Tolerance);
        var all = runs.SelectMany(r => r).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            times.Add((ulong)(i / 3), "tx-" + i, ByteString.Empty, all[i]);
        }

        return [.. times.Findings()];
    }
}
