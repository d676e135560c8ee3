using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;
using MutualAid.Domain.State;

namespace MutualAid.Domain.Keepers;

/// <summary>Owns the <c>claim</c>, <c>pool~claim</c> and <c>claim~status</c> keys and the private claim details.</summary>
public sealed class ClaimKeeper(TxScope tx)
{
    /// <summary>The claim, or CLAIM_NOT_FOUND.</summary>
    public Claim Get(string claimId)
        => tx.Get(Keys.Claim(claimId), DomainJsonContext.Default.Claim)
           ?? throw new DomainException(ErrorCodes.ClaimNotFound, $"claim {claimId} does not exist");

    /// <summary>Stages a new claim, its indexes and its private details.</summary>
    public void Create(Claim claim, byte[] details)
    {
        ArgumentNullException.ThrowIfNull(claim);
        tx.Put(Keys.Claim(claim.ClaimId), claim, DomainJsonContext.Default.Claim);
        tx.PutRaw(Keys.PoolClaim(claim.PoolId, claim.ClaimId), Keys.IndexValue);
        tx.PutRaw(Keys.ClaimStatus(claim.PoolId, claim.Status, claim.ClaimId), Keys.IndexValue);
        tx.PutPrivate(claim.DetailsCollection, Keys.ClaimDetails(claim.ClaimId), details);
    }

    /// <summary>Stages an updated claim and moves its status index entry when the status changed.</summary>
    public void Update(Claim before, Claim after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        tx.Put(Keys.Claim(after.ClaimId), after, DomainJsonContext.Default.Claim);
        if (before.Status != after.Status)
        {
            tx.DeleteIndex(Keys.ClaimStatus(before.PoolId, before.Status, before.ClaimId));
            tx.PutRaw(Keys.ClaimStatus(after.PoolId, after.Status, after.ClaimId), Keys.IndexValue);
        }
    }

    /// <summary>Ids of the pool's claims, optionally in one status, in key order.</summary>
    public IEnumerable<string> Ids(string poolId, ClaimStatus? status)
        => status is { } s
            ? tx.Scan(Keys.ClaimStatusType, poolId, s.ToString()).Select(kv => CompositeKey.Split(kv.Key).Attributes[2])
            : tx.Scan(Keys.PoolClaimType, poolId).Select(kv => CompositeKey.Split(kv.Key).Attributes[1]);
}
