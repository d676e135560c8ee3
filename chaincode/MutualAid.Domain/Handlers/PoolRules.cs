using MutualAid.Domain.Errors;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;

namespace MutualAid.Domain.Handlers;

/// <summary>The bounds every pool's organizations and parameters must respect (INVALID_POOL_PARAMETERS).</summary>
public static class PoolRules
{
    /// <summary>Longest waiting period, filing deadline or window, in days (ten years).</summary>
    public const int MaxDays = 3650;

    /// <summary>Throws INVALID_POOL_PARAMETERS on the first bound violated.</summary>
    public static void Validate(IReadOnlyList<PoolOrganization> organizations, PoolParameters p, long openingBalance)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(p);
        Require(organizations.Count >= 2, "a pool needs at least two organizations");
        Require(organizations.Select(o => o.MspId).Distinct(StringComparer.Ordinal).Count() == organizations.Count,
            "organizations must be distinct");
        Require(organizations.All(o => o.MspId is { Length: > 0 and <= 64 } && o.MspId != Consortium.RegulatorMspId),
            "organization MSP ids must be 1-64 characters and not the regulator");
        Require(organizations.Any(o => o.Kind == OrgKind.Insurer), "a pool needs at least one insurer");
        Require(Money.IsCurrencyCode(p.Currency), "currency must be an ISO 4217 code");
        Require(InDays(p.WaitingPeriodDays, 0) && InDays(p.FilingDeadlineDays, 1) && InDays(p.NoticeWindowDays, 0)
            && InDays(p.RedemptionWindowDays, 1), $"day counts must be within 0-{MaxDays} (deadlines and redemption at least 1)");
        Require(p.MaxBenefitPerClaim is > 0 and <= Check.MaxAmount, "maxBenefitPerClaim must be positive");
        Require(p.MaxBenefitPerMemberLifetime >= p.MaxBenefitPerClaim && p.MaxBenefitPerMemberLifetime <= Check.MaxAmount,
            "maxBenefitPerMemberLifetime must be at least maxBenefitPerClaim");
        Require(p.ManagementFeeBps is >= 0 and <= 10_000 && p.ReserveRatioBps is >= 0 and <= 10_000,
            "rates are basis points within 0-10000");
        Require(p.EndorsementThreshold >= 1 && p.EndorsementThreshold <= organizations.Count - 1,
            "endorsementThreshold must be between 1 and the number of organizations minus one");
        Require(p.MaxClaimAttemptsPerMember is >= 1 and <= 100, "maxClaimAttemptsPerMember must be within 1-100");
        Require(openingBalance is >= 0 and <= Check.MaxAmount, "openingBalance must not be negative");
        Require(organizations.All(o => !o.Suspended), "a new pool's organizations cannot be suspended");
        ValidateWindowsAndCaps(p);
    }

    /// <summary>The bounds of the review, appeal, governance, capacity and cost-sharing parameters (F3).</summary>
    private static void ValidateWindowsAndCaps(PoolParameters p)
    {
        Require(InDays(p.ReviewWindowDays, 1) && InDays(p.AppealWindowDays, 1) && InDays(p.AppealVotingDays, 1)
            && InDays(p.JurorMinMembershipDays, 0) && InDays(p.ProposalVotingDays, 1) && InDays(p.TimelockDays, 1),
            $"review, appeal, voting and timelock windows must be within 1-{MaxDays} days");
        Require(p.JuryQuorum is >= 1 and <= 100_000 && p.JuryExtensionHours is >= 1 and <= 720, "juryQuorum must be 1-100000, juryExtensionHours 1-720");
        Require(p.JuryUpholdThresholdBps is >= 5_000 and < 10_000, "juryUpholdThresholdBps must be within 5000-9999 (at least a majority)");
        Require(p.ProposalQuorumBps is >= 1_000 and <= 10_000, "proposalQuorumBps must be within 1000-10000");
        Require(p.ProposalMajorityBps is >= 5_000 and < 10_000, "proposalMajorityBps must be within 5000-9999");
        Require(p.QualifiedMajorityBps > p.ProposalMajorityBps && p.QualifiedMajorityBps <= 10_000,
            "qualifiedMajorityBps must exceed proposalMajorityBps and be at most 10000");
        Require(p.MaxActiveMembers is >= 1 and <= 100_000_000, "maxActiveMembers must be within 1-100000000");
        Require(p.MaxOffsetBps is >= 0 and <= 10_000, "maxOffsetBps must be within 0-10000");
        Require(p.MaxUnfundedApprovals is >= 0 and <= Check.MaxAmount, "maxUnfundedApprovals must be within 0-10^15");
        if (p.CostSharing is { } c)
        {
            Require(c.PeriodDays is >= 1 and <= 366, "costSharing.periodDays must be within 1-366");
            Require(c.MaxChargePerMemberPerCase is > 0 and <= Check.MaxAmount && c.MaxChargePerMemberPerPeriod is > 0 and <= Check.MaxAmount
                && c.MaxChargePerMemberPerYear >= c.MaxChargePerMemberPerPeriod && c.MaxChargePerMemberPerYear <= Check.MaxAmount,
                "costSharing caps must be positive, with the yearly cap at least the period cap");
            Require(Enum.IsDefined(c.ShortfallRule), "costSharing.shortfallRule must be ReserveDraw or ProRataBenefit");
        }
    }

    /// <summary>
    /// INVALID_POOL_PARAMETERS unless <paramref name="next"/> may replace <paramref name="pool"/>'s parameters: all bounds,
    /// the same currency, cost sharing neither switched on nor off, and a threshold the active organizations can reach.
    /// </summary>
    public static void ValidateChange(Pool pool, PoolParameters next)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(next);
        Validate(pool.Organizations.Select(o => o with { Suspended = false }).ToList(), next, pool.OpeningBalance);
        Require(next.Currency == pool.Parameters.Currency, "the currency of a pool cannot change");
        Require((next.CostSharing is null) == (pool.Parameters.CostSharing is null), "cost sharing cannot be switched on or off");
        Require(next.EndorsementThreshold <= pool.ActiveOrganizations.Count() - 1,
            "endorsementThreshold must be below the number of active organizations");
    }

    /// <summary>True when claims filed through <paramref name="filingOrg"/> can still reach k independent approvals with an insurer.</summary>
    public static bool QuorumReachable(Pool pool, string filingOrg)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var others = pool.ActiveOrganizations.Where(o => !string.Equals(o.MspId, filingOrg, StringComparison.Ordinal)).ToList();
        return others.Count >= pool.Parameters.EndorsementThreshold && others.Any(o => o.Kind == OrgKind.Insurer);
    }

    private static bool InDays(int days, int min) => days >= min && days <= MaxDays;

    private static void Require(bool condition, string detail)
    {
        if (!condition)
        {
            throw new DomainException(ErrorCodes.InvalidPoolParameters, detail);
        }
    }
}
