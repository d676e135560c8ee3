using MutualAid.Domain.Errors;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>Caller-binding checks: the caller acts only for objects of their own organization, never on their own claims.</summary>
internal static class Access
{
    /// <summary>The caller's organization in the pool, or FORBIDDEN_ORGANIZATION.</summary>
    public static PoolOrganization RequireParticipant(TxScope tx, Pool pool)
        => pool.FindOrganization(tx.Caller.MspId)
           ?? throw new DomainException(ErrorCodes.ForbiddenOrganization, $"{tx.Caller.MspId} does not take part in pool {pool.PoolId}");

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
}
