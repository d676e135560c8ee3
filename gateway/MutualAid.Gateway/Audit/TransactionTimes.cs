using System.Globalization;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;
using Google.Protobuf;

namespace MutualAid.Gateway.Audit;

/// <summary>
/// The timestamps of endorser transactions in block order, and the ones that do not fit their place. Ordering
/// happens in real time and every endorser refuses a time further than the tolerance from its clock, so honest
/// timestamps run forward in block order give or take the tolerance, with gaps only forward (quiet hours). A
/// transaction is reported as backdated when it is earlier, by more than the tolerance, than the median of its
/// neighbours (up to three ordered before it and three after) and than one of those ordered before it; as
/// future-dated when it is later, likewise, than the median and one ordered after it. The median keeps a forged time
/// (even two in a row) from casting suspicion on its honest neighbours; asking for an out-of-order predecessor or
/// successor keeps a quiet period, where the median lies across the gap, from being reported.
/// </summary>
public sealed class TransactionTimes(TimeSpan tolerance)
{
    private const int Neighbours = 3;

    private readonly List<Entry> _entries = [];

    /// <summary>Adds the next transaction in block order; a context entry (the block before the range) is compared with, never reported.</summary>
    public void Add(ulong block, string transactionId, ByteString creator, DateTimeOffset? timestamp, bool context = false) =>
        _entries.Add(new Entry(block, transactionId, creator, timestamp, context));

    /// <summary>The findings, in block order.</summary>
    public IReadOnlyList<TimeFinding> Findings()
    {
        var times = _entries.Where(e => e.Timestamp is not null).Select(e => e.Timestamp!.Value).ToList();
        var findings = new List<TimeFinding>();
        var position = 0; // the entry's place among the timed ones
        foreach (var entry in _entries)
        {
            if (entry.Timestamp is not { } at)
            {
                if (!entry.Context)
                {
                    findings.Add(Finding(entry, TimeFindingKind.Missing, null, "the channel header carries no valid timestamp"));
                }

                continue;
            }

            var i = position++;
            if (entry.Context)
            {
                continue;
            }

            var before = times.GetRange(Math.Max(0, i - Neighbours), Math.Min(i, Neighbours));
            var after = times.GetRange(i + 1, Math.Min(times.Count - i - 1, Neighbours));
            if (before.Count + after.Count == 0)
            {
                continue;
            }

            var around = before.Concat(after).Order().ToList();
            var low = around[(around.Count - 1) / 2];
            var high = around[around.Count / 2];
            if (at < low - tolerance && before.Count > 0 && before.Max() - at > tolerance)
            {
                findings.Add(Finding(entry, TimeFindingKind.Backdated, low, $"{Format(at)} is {Format(low - at)} before the transactions ordered around it ({Format(low)})"));
            }
            else if (at > high + tolerance && after.Count > 0 && at - after.Min() > tolerance)
            {
                findings.Add(Finding(entry, TimeFindingKind.FutureDated, high, $"{Format(at)} is {Format(at - high)} after the transactions ordered around it ({Format(high)})"));
            }
        }

        return findings;
    }

    private static TimeFinding Finding(Entry entry, string kind, DateTimeOffset? neighbour, string detail)
    {
        var (mspId, subject) = CreatorOf(entry.Creator);
        return new TimeFinding(entry.Block, entry.TransactionId, mspId, subject, kind, entry.Timestamp, neighbour, $"transaction {entry.TransactionId}: {detail}");
    }

    private static (string MspId, string Subject) CreatorOf(ByteString creator)
    {
        try
        {
            var identity = X509Identity.Deserialize(creator.Span);
            return (identity.MspId, identity.Certificate.Subject);
        }
        catch (MspException)
        {
            return (string.Empty, string.Empty);
        }
    }

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Format(TimeSpan span) => span.ToString(span.TotalDays >= 1 ? @"d\.hh\:mm\:ss" : @"hh\:mm\:ss", CultureInfo.InvariantCulture);

    private readonly record struct Entry(ulong Block, string TransactionId, ByteString Creator, DateTimeOffset? Timestamp, bool Context);
}
