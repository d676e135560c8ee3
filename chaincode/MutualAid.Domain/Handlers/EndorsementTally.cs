using MutualAid.Domain.Model;

namespace MutualAid.Domain.Handlers;

/// <summary>Where a claim's endorsement stands.</summary>
public enum TallyOutcome
{
    /// <summary>Neither threshold nor impossibility reached yet.</summary>
    Pending,

    /// <summary>k distinct organizations approved, at least one an insurer.</summary>
    Approved,

    /// <summary>The organizations still to decide cannot bring the approvals to k with an insurer.</summary>
    Unreachable,
}

/// <summary>Counts a claim's endorsements against the pool's threshold. Pure: the same endorsements give the same outcome.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="LowestApproved">The lowest approved amount (minor units) when approved; 0 otherwise.</param>
public sealed record EndorsementTally(TallyOutcome Outcome, long LowestApproved)
{
    /// <summary>Tallies <paramref name="claim"/> under <paramref name="pool"/>'s threshold.</summary>
    public static EndorsementTally Of(Pool pool, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(claim);
        var k = pool.Parameters.EndorsementThreshold;
        var approvals = claim.Endorsements.Where(e => e.Decision == EndorsementDecision.Approve).ToList();
        var insurerApproved = approvals.Any(e => e.OrgKind == OrgKind.Insurer);
        if (approvals.Count >= k && insurerApproved)
        {
            return new EndorsementTally(TallyOutcome.Approved, approvals.Min(e => e.ApprovedAmount!.Value.Amount));
        }

        var undecided = pool.ActiveOrganizations
            .Where(o => o.MspId != claim.FilingOrg && claim.Endorsements.All(e => e.OrgMsp != o.MspId))
            .ToList();
        var canReachCount = approvals.Count + undecided.Count >= k;
        var canReachInsurer = insurerApproved || undecided.Any(o => o.Kind == OrgKind.Insurer);
        return new EndorsementTally(canReachCount && canReachInsurer ? TallyOutcome.Pending : TallyOutcome.Unreachable, 0);
    }
}
