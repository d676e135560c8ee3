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

    /// <summary>Stages a new pool and its empty outflow lock.</summary>
    public PoolOutflows Create(Pool pool)
    {
        tx.Put(Keys.Pool(pool.PoolId), pool, DomainJsonContext.Default.Pool);
        var outflows = new PoolOutflows { PoolId = pool.PoolId, Sequence = 0, Payouts = 0, Fees = 0, Refunds = 0 };
        PutOutflows(outflows);
        return outflows;
    }

    /// <summary>Reads the outflow lock. Every outflow must read it so concurrent outflows conflict.</summary>
    public PoolOutflows GetOutflows(string poolId)
        => tx.Get(Keys.Outflows(poolId), DomainJsonContext.Default.PoolOutflows)
           ?? throw new InvalidOperationException($"pool {poolId} has no outflow record");

    /// <summary>Stages the outflow lock.</summary>
    public void PutOutflows(PoolOutflows outflows)
        => tx.Put(Keys.Outflows(outflows.PoolId), outflows, DomainJsonContext.Default.PoolOutflows);
}
