using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Handlers;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Queries;

/// <summary>Aggregates a pool's delta entries, in key order, into its statement.</summary>
public sealed class GetPoolStatementHandler : Handler<PoolRequest>
{
    public override bool IsWrite => false;
    protected override JsonTypeInfo<PoolRequest> RequestType => DomainJsonContext.Default.PoolRequest;

    protected override object Handle(TxScope tx, PoolRequest request)
    {
        var pools = new PoolKeeper(tx);
        var pool = pools.Get(request.PoolId);
        var totals = new AccountKeeper(tx).PoolTotals(pool.PoolId);
        return new PoolStatement
        {
            PoolId = pool.PoolId,
            Currency = pool.Parameters.Currency,
            OpeningBalance = pool.OpeningBalance,
            Contributions = totals.Contributions,
            Payouts = totals.Payouts,
            Fees = totals.Fees,
            Refunds = totals.Refunds,
            Balance = totals.Balance(pool.OpeningBalance),
            Reserve = Solvency.LockedReserve(pool, totals),
            Recoveries = totals.Recoveries,
            Withdrawals = totals.Withdrawals,
            ReserveDraws = totals.ReserveDraws,
            OutstandingApproved = Solvency.OutstandingApproved(tx, pool.PoolId),
            ActiveMembers = new MemberKeeper(tx).ActiveCount(pool.PoolId),
            ParametersVersion = pool.ParametersVersion,
            Paused = pool.Paused,
            EntryCount = totals.EntryCount,
            OutflowSequence = pools.GetOutflows(pool.PoolId).Sequence,
            MemberCount = tx.Scan(Keys.PoolMemberType, pool.PoolId).Count(),
        };
    }
}
