using MutualAid.Domain.Handlers;
using MutualAid.Domain.Model;

namespace MutualAid.Domain.Invariants;

public static partial class Invariants
{
    /// <summary>
    /// E1, E2, E3, E4, D2: one ballot per juror (the key names the juror); every juror was eligible when the appeal
    /// opened (same pool, joined by the cut-off, not the claimant, not the claimant's organization) and voted between
    /// filing and the final deadline; a resolved appeal's counts and outcome are what its ballots give; the claim's
    /// state matches its appeal (Appealed ↔ open; upheld → approved or later; dismissed → Final).
    /// </summary>
    public static IEnumerable<string> AppealsConsistent(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var ((claimId, jurorId), b) in view.Ballots)
        {
            if (b.ClaimId != claimId || b.JurorMemberId != jurorId || !view.Appeals.TryGetValue(claimId, out var a))
            {
                yield return $"ballot {claimId}/{jurorId} is filed under the wrong key or has no appeal";
                continue;
            }

            var juror = view.Members[jurorId];
            if (juror.PoolId != a.PoolId || juror.JoinedAt > a.EligibleJoinedBy || jurorId == a.ClaimantMemberId
                || juror.OrgMsp == a.ClaimantOrg || b.JurorOrg != juror.OrgMsp || b.At < a.FiledAt || b.At > a.VotingEndsAt)
            {
                yield return $"ballot of {jurorId} on claim {claimId} by an ineligible juror or outside the voting window";
            }
        }

        foreach (var a in view.Appeals.Values)
        {
            var claim = view.Claims[a.ClaimId];
            var ballots = view.Ballots.Where(kv => kv.Key.ClaimId == a.ClaimId).Select(kv => kv.Value).ToList();
            var tally = AppealTally.Of(a, ballots);
            var resolvedRight = a.Status == AppealStatus.Open
                || (a.Status == tally.Status && a.Outcome == tally.Outcome && a.Uphold == tally.Uphold && a.Dismiss == tally.Dismiss);
            var claimRight = a.Status switch
            {
                AppealStatus.Open => claim.Status == ClaimStatus.Appealed,
                AppealStatus.Upheld => claim.Status is ClaimStatus.Approved or ClaimStatus.Paying or ClaimStatus.Closed
                    || (claim.Status == ClaimStatus.Final && claim.Outcome == "LIFETIME_CAP_EXHAUSTED"),
                _ => claim.Status == ClaimStatus.Final && claim.Outcome == a.Outcome,
            };
            if (!resolvedRight || !claimRight || claim.Timeline.Count(s => s.Status == ClaimStatus.Appealed) != 1)
            {
                yield return $"appeal of claim {a.ClaimId}: {a.Status}/{a.Outcome} but ballots give {tally.Status}/{tally.Outcome}; claim is {claim.Status}";
            }
        }

        foreach (var c in view.Claims.Values.Where(c => c.Timeline.Any(s => s.Status == ClaimStatus.Appealed) && !view.Appeals.ContainsKey(c.ClaimId)))
        {
            yield return $"claim {c.ClaimId} was appealed but has no appeal record";
        }
    }
}
