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
    }

    /// <summary>True when claims filed through <paramref name="filingOrg"/> can still reach k independent approvals with an insurer.</summary>
    public static bool QuorumReachable(Pool pool, string filingOrg)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var others = pool.Organizations.Where(o => !string.Equals(o.MspId, filingOrg, StringComparison.Ordinal)).ToList();
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
