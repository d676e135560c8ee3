using MutualAid.Domain.Handlers;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;

namespace MutualAid.Domain.Invariants;

public static partial class Invariants
{
    /// <summary>
    /// E1, E5, F1: one vote per organization of the electorate (the key names it), cast while the proposal was open;
    /// a closed proposal's counts and outcome are what its votes give; only a passed proposal executes, and only once
    /// its timelock ended (pause and unpause excepted).
    /// </summary>
    public static IEnumerable<string> GovernanceConsistent(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var ((proposalId, org), v) in view.Votes)
        {
            if (!view.Proposals.TryGetValue(proposalId, out var p) || v.OrgMsp != org || !p.Electorate.Contains(org)
                || v.At < p.CreatedAt || v.At >= p.VotingEndsAt || (p.TalliedAt is { } t && v.At > t))
            {
                yield return $"vote of {org} on {proposalId} is outside the electorate or the voting window";
            }
        }

        foreach (var p in view.Proposals.Values.Where(p => p.Status != ProposalStatus.Open))
        {
            var tally = ProposalTally.Of(p, [.. view.Votes.Where(kv => kv.Key.ProposalId == p.ProposalId).Select(kv => kv.Value)]);
            var passed = p.Status is ProposalStatus.Passed or ProposalStatus.Executed or ProposalStatus.Failed;
            var timelock = ProposalTally.HasTimelock(p.Kind) ? p.TimelockDays : 0;
            if (passed != tally.Passed || p.For != tally.For || p.Against != tally.Against || p.Abstain != tally.Abstain
                || (p.Status is ProposalStatus.Passed or ProposalStatus.Rejected && p.Outcome != tally.Outcome)
                || (passed && p.ExecutableAt != p.TalliedAt?.AddDays(timelock))
                || (p.ExecutedAt is { } at && (at < p.ExecutableAt || !passed))
                || (p.TalliedAt < p.VotingEndsAt && !(p.Kind == ProposalKind.Pause && tally.Passed)))
            {
                yield return $"proposal {p.ProposalId}: {p.Status}/{p.Outcome} but its votes give {tally.Outcome}, or it ran early";
            }
        }
    }

    /// <summary>
    /// F1, F2, F3: every pool's parameters are its latest version; each later version was made by an executed
    /// ChangePoolParameters proposal at its execution time; every claim keeps the version in force when it was filed.
    /// </summary>
    public static IEnumerable<string> ParametersNotRetroactive(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var ctx = DomainJsonContext.Default;
        foreach (var pool in view.Pools.Values)
        {
            var versions = view.ParameterVersions.Values.Where(v => v.PoolId == pool.PoolId).OrderBy(v => v.Version).ToList();
            var current = versions.LastOrDefault();
            if (versions.Count != pool.ParametersVersion || current is null
                || !Json.CanonicalJson.Serialize(current.Parameters, ctx.PoolParameters).AsSpan().SequenceEqual(Json.CanonicalJson.Serialize(pool.Parameters, ctx.PoolParameters)))
            {
                yield return $"pool {pool.PoolId}: version {pool.ParametersVersion} is not its latest parameters record";
            }

            foreach (var v in versions.Skip(1))
            {
                if (v.ProposalId is null || !view.Proposals.TryGetValue(v.ProposalId, out var p) || p.Status != ProposalStatus.Executed
                    || p.ResultingVersion != v.Version || p.ExecutedAt != v.EffectiveAt)
                {
                    yield return $"pool {pool.PoolId}: parameters version {v.Version} was not made by an executed proposal";
                }
            }
        }

        foreach (var c in view.Claims.Values)
        {
            var filed = c.Timeline[0].At;
            var inForce = view.ParameterVersions.Values.Where(v => v.PoolId == c.PoolId && v.EffectiveAt <= filed).MaxBy(v => v.Version);
            if (inForce?.Version != c.ParametersVersion)
            {
                yield return $"claim {c.ClaimId} has parameters version {c.ParametersVersion}; version {inForce?.Version} was in force when it was filed";
            }
        }
    }

    /// <summary>F4: nothing was filed, paid out, disbursed or withdrawn while its pool was paused; a pause moved no money.</summary>
    public static IEnumerable<string> PauseStopsClaimsAndPayouts(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var pool in view.Pools.Values)
        {
            var windows = PauseWindows(view, pool.PoolId);
            bool Paused(DateTimeOffset at) => windows.Any(w => at >= w.From && at < w.To);
            foreach (var e in view.Entries.Where(e => e.PoolId == pool.PoolId && e.Kind is EntryKind.Payout or EntryKind.Withdrawal && Paused(e.At)))
            {
                yield return $"pool {pool.PoolId}: {e.Kind} in {e.TxId} during a pause";
            }

            foreach (var c in view.Claims.Values.Where(c => c.PoolId == pool.PoolId && Paused(c.Timeline[0].At)))
            {
                yield return $"claim {c.ClaimId} was filed during a pause";
            }

            var campaigns = view.Campaigns.Values.Where(c => c.PoolId == pool.PoolId).Select(c => c.CampaignId).ToHashSet(StringComparer.Ordinal);
            foreach (var e in view.ReliefEntries.Where(e => e.Kind == ReliefEntryKind.Disbursement && campaigns.Contains(e.CampaignId) && Paused(e.At)))
            {
                yield return $"campaign {e.CampaignId}: disbursement in {e.TxId} during a pause";
            }

            if (pool.Paused != (windows.Count > 0 && windows[^1].To == DateTimeOffset.MaxValue))
            {
                yield return $"pool {pool.PoolId}: paused flag {pool.Paused} disagrees with its executed pause proposals";
            }
        }
    }

    private static List<(DateTimeOffset From, DateTimeOffset To)> PauseWindows(StateView view, string poolId)
    {
        var switches = view.Proposals.Values
            .Where(p => p.PoolId == poolId && p.Status == ProposalStatus.Executed && p.Kind is ProposalKind.Pause or ProposalKind.Unpause)
            .OrderBy(p => p.ExecutedAt).ToList();
        var windows = new List<(DateTimeOffset, DateTimeOffset)>();
        DateTimeOffset? from = null;
        foreach (var p in switches)
        {
            if (p.Kind == ProposalKind.Pause)
            {
                from = p.ExecutedAt;
            }
            else if (from is { } f)
            {
                windows.Add((f, p.ExecutedAt!.Value));
                from = null;
            }
        }

        if (from is { } open)
        {
            windows.Add((open, DateTimeOffset.MaxValue));
        }

        return windows;
    }
}
