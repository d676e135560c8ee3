using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Keepers;

/// <summary>Owns the <c>pool</c> and <c>pool~outflows</c> keys.</summary>
public sealed class PoolKeeper(TxScope tx)
{
    /// <summary>The pool, or POOL_NOT_FOUND.</summary>
    public Pool Get(string poolId)
        => tx.Get(Keys.Pool(poolId), DomainJsonContext.Default.Pool)
           ?? throw new DomainException(ErrorCodes.PoolNotFound, $"pool {poolId} does not exist");

    /// <summary>True when a pool with this id exists.</summary>
    public bool Exists(string poolId) => tx.Exists(Keys.Pool(poolId));

    /// <summary>Stages a new pool, its empty outflow lock, its first parameters version and (for cost sharing) its cursor.</summary>
    public (PoolOutflows Outflows, PoolParameterVersion Version, SharingCursor? Cursor) Create(Pool pool, string? proposalId = null)
    {
        ArgumentNullException.ThrowIfNull(pool);
        Put(pool);
        var outflows = new PoolOutflows { PoolId = pool.PoolId, Sequence = 0, Payouts = 0, Fees = 0, Refunds = 0 };
        PutOutflows(outflows);
        var version = new PoolParameterVersion
        {
            PoolId = pool.PoolId, Version = pool.ParametersVersion, Parameters = pool.Parameters, EffectiveAt = pool.CreatedAt, ProposalId = proposalId,
        };
        PutVersion(version);
        SharingCursor? cursor = null;
        if (pool.Parameters.CostSharing is not null)
        {
            cursor = new SharingCursor { PoolId = pool.PoolId, NextSeq = 1, NextStart = pool.CreatedAt, CarriedSurplus = 0 };
            tx.Put(Keys.Sharing(pool.PoolId), cursor, DomainJsonContext.Default.SharingCursor);
        }

        return (outflows, version, cursor);
    }

    /// <summary>Stages the pool record (governance changes only).</summary>
    public void Put(Pool pool) => tx.Put(Keys.Pool(pool.PoolId), pool, DomainJsonContext.Default.Pool);

    /// <summary>Stages a parameters version.</summary>
    public void PutVersion(PoolParameterVersion version)
        => tx.Put(Keys.PoolParams(version.PoolId, version.Version), version, DomainJsonContext.Default.PoolParameterVersion);

    /// <summary>The parameters of <paramref name="version"/>; a missing version is a fault.</summary>
    public PoolParameters Parameters(string poolId, int version)
        => (tx.Get(Keys.PoolParams(poolId, version), DomainJsonContext.Default.PoolParameterVersion)
            ?? throw new InvalidOperationException($"pool {poolId} has no parameters version {version}")).Parameters;

    /// <summary>Every parameters version of the pool, oldest first.</summary>
    public IEnumerable<PoolParameterVersion> Versions(string poolId)
        => tx.Scan(Keys.PoolParamsType, poolId).Select(kv => CanonicalJson.Deserialize(kv.Value.Span, DomainJsonContext.Default.PoolParameterVersion));

    /// <summary>Reads the outflow lock. Every outflow must read it so concurrent outflows conflict.</summary>
    public PoolOutflows GetOutflows(string poolId)
        => tx.Get(Keys.Outflows(poolId), DomainJsonContext.Default.PoolOutflows)
           ?? throw new InvalidOperationException($"pool {poolId} has no outflow record");

    /// <summary>Stages the outflow lock.</summary>
    public void PutOutflows(PoolOutflows outflows)
        => tx.Put(Keys.Outflows(outflows.PoolId), outflows, DomainJsonContext.Default.PoolOutflows);
}
