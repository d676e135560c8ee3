using MutualAid.Domain.Errors;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>Caller-binding checks: the caller acts only for objects of their own organization, never on their own claims.</summary>
internal static class Access
{
    /// <summary>
    /// The caller's organization in the pool: FORBIDDEN_ORGANIZATION when it does not take part,
    /// ORGANIZATION_SUSPENDED when governance suspended it.
    /// </summary>
    public static PoolOrganization RequireParticipant(TxScope tx, Pool pool)
    {
        var org = pool.FindOrganization(tx.Caller.MspId)
                  ?? throw new DomainException(ErrorCodes.ForbiddenOrganization, $"{tx.Caller.MspId} does not take part in pool {pool.PoolId}");
        TxScope.Require(!org.Suspended, ErrorCodes.OrganizationSuspended, $"{org.MspId} is suspended in pool {pool.PoolId}");
        return org;
    }

    /// <summary>FORBIDDEN_ORGANIZATION unless the caller belongs to <paramref name="ownerMsp"/>.</summary>
    public static void RequireOwnOrganization(TxScope tx, string ownerMsp, string what)
    {
        if (!string.Equals(tx.Caller.MspId, ownerMsp, StringComparison.Ordinal))
        {
            throw new DomainException(ErrorCodes.ForbiddenOrganization, $"{what} belongs to {ownerMsp}, not {tx.Caller.MspId}");
        }
    }

    /// <summary>CONFLICT_OF_INTEREST when the caller's organization filed the claim.</summary>
    public static void RequireIndependent(TxScope tx, Claim claim)
    {
        if (string.Equals(tx.Caller.MspId, claim.FilingOrg, StringComparison.Ordinal))
        {
            throw new DomainException(ErrorCodes.ConflictOfInterest, $"{tx.Caller.MspId} filed claim {claim.ClaimId} and cannot act on it");
        }
    }

    /// <summary>POOL_PAUSED while an emergency pause is in force (new claims, payouts, disbursements, withdrawals).</summary>
    public static void RequireNotPaused(Pool pool)
        => TxScope.Require(!pool.Paused, ErrorCodes.PoolPaused, $"pool {pool.PoolId} is paused by governance since {pool.PausedAt:O}");
}
