using MutualAid.Domain.Model;

namespace MutualAid.Domain.Invariants;

public static partial class Invariants
{
    /// <summary>D1, D2: every timeline starts at Filed, each step is allowed, stamps never go back in time, and the status is the last stage.</summary>
    public static IEnumerable<string> OnlyAllowedTransitions(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var c in view.Claims.Values)
        {
            var t = c.Timeline;
            var ok = t.Count > 0 && t[0].Status == ClaimStatus.Filed && t[^1].Status == c.Status;
            for (var i = 1; ok && i < t.Count; i++)
            {
                ok = ClaimTransitions.IsAllowed(t[i - 1].Status, t[i].Status) && t[i].At >= t[i - 1].At;
            }

            if (!ok)
            {
                yield return $"claim {c.ClaimId}: timeline {string.Join(">", t.Select(s => s.Status))} ends as {c.Status}";
            }

            if (ClaimTransitions.HasOutcome(c.Status) != (c.Outcome is not null))
            {
                yield return $"claim {c.ClaimId}: {c.Status} with outcome '{c.Outcome}'";
            }

            if ((c.AppealEndsAt is not null) != t.Any(s => s.Status == ClaimStatus.Rejected) || c.ReviewEndsAt is null)
            {
                yield return $"claim {c.ClaimId}: {c.Status} without its review or appeal deadline";
            }
        }
    }

    /// <summary>D1: a claim in a terminal state in <paramref name="before"/> is byte-identical in <paramref name="after"/>.</summary>
    public static IEnumerable<string> TerminalStatesUnchanged(StateView before, StateView after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        foreach (var c in before.Claims.Values.Where(c => ClaimTransitions.IsTerminal(c.Status)))
        {
            var key = Keepers.Keys.Claim(c.ClaimId);
            if (!after.Raw.TryGetValue(key, out var now) || !now.Span.SequenceEqual(before.Raw[key].Span))
            {
                yield return $"claim {c.ClaimId} left terminal state {c.Status}";
            }
        }
    }

    /// <summary>The status index lists every claim exactly once, under its current status.</summary>
    public static IEnumerable<string> StatusIndexConsistent(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var expected = view.Claims.Values.Select(c => (c.PoolId, c.Status.ToString(), c.ClaimId)).ToHashSet();
        if (!expected.SetEquals(view.StatusIndex))
        {
            yield return $"status index has {view.StatusIndex.Count} entries for {expected.Count} claims, or lists a stale status";
        }
    }
}
