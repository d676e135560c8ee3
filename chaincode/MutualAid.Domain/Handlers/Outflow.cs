using MutualAid.Domain.Errors;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>
/// The one path by which money leaves a pool. It reads the pool's outflow lock (so concurrent outflows
/// conflict under MVCC and only one commits), sums the committed entries, checks the balance and reserve,
/// and stages the updated lock. Concurrent contributions only raise the real balance, so a balance read
/// that misses them can only understate it: an outflow accepted here never drives a pool negative.
/// The reserve is always that of the pool's current parameters, whatever version a claim was filed under.
/// </summary>
internal static class Outflow
{
    /// <summary>Checks and stages an outflow; INSUFFICIENT_POOL_BALANCE or RESERVE_REQUIREMENT_BREACHED.</summary>
    public static PoolOutflows Take(TxScope tx, Pool pool, long payout, long fee, long refund, long withdrawal = 0)
    {
        var pools = new PoolKeeper(tx);
        var current = pools.Get(pool.PoolId);
        var outflows = pools.GetOutflows(pool.PoolId);
        var totals = new AccountKeeper(tx).PoolTotals(pool.PoolId);
        var balance = totals.Balance(current.OpeningBalance);
        var total = checked(payout + fee + refund + withdrawal);
        TxScope.Require(total <= balance, ErrorCodes.InsufficientPoolBalance,
            $"pool {pool.PoolId} holds {balance} {current.Parameters.Currency}; {total} is needed");
        if (payout > 0)
        {
            var reserve = Solvency.LockedReserve(current, totals);
            TxScope.Require(balance - total >= reserve, ErrorCodes.ReserveRequirementBreached,
                $"pool {pool.PoolId} must keep {reserve} {current.Parameters.Currency} in reserve");
        }

        var updated = outflows with
        {
            Sequence = checked(outflows.Sequence + 1),
            Payouts = checked(outflows.Payouts + payout),
            Fees = checked(outflows.Fees + fee),
            Refunds = checked(outflows.Refunds + refund),
            Withdrawals = checked(outflows.Withdrawals + withdrawal),
            LastTxId = tx.Context.TxId,
        };
        pools.PutOutflows(updated);
        return updated;
    }
}
