using MutualAid.Domain.Errors;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>
/// The pool's solvency figures and checks (G1, G2): the locked reserve, approved-but-unpaid claims, the capacity
/// for new approvals and new members. Always computed on the pool's current parameters.
/// </summary>
public static class Solvency
{
    /// <summary>reserve ratio × contributions − reserve drawn by sharing periods, never below zero.</summary>
    public static long LockedReserve(Pool pool, AccountTotals totals)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(totals);
        return Math.Max(0, checked(Money.ApplyBasisPoints(totals.Contributions, pool.Parameters.ReserveRatioBps) - totals.ReserveDraws));
    }

    /// <summary>Approved (or noticed) amounts not yet paid, over every claim of the pool.</summary>
    internal static long OutstandingApproved(TxScope tx, string poolId)
    {
        var claims = new ClaimKeeper(tx);
        return new[] { ClaimStatus.Noticed, ClaimStatus.Approved, ClaimStatus.Paying }
            .SelectMany(s => claims.Ids(poolId, s))
            .Aggregate(0L, (sum, id) => checked(sum + claims.Get(id).Outstanding));
    }

    /// <summary>
    /// POOL_CAPACITY_EXCEEDED unless approved-but-unpaid claims plus <paramref name="amount"/> fit in the balance above
    /// the locked reserve, plus, in a cost-sharing pool, what one period can charge the active members at their caps,
    /// plus the pool's governed allowance of unfunded approvals.
    /// </summary>
    internal static void RequireApprovalCapacity(TxScope tx, string poolId, long amount)
    {
        var pool = new PoolKeeper(tx).Get(poolId);
        var totals = new AccountKeeper(tx).PoolTotals(poolId);
        var free = checked(totals.Balance(pool.OpeningBalance) - LockedReserve(pool, totals));
        var chargeable = pool.Parameters.CostSharing is { } terms
            ? checked(new MemberKeeper(tx).ActiveCount(poolId) * terms.MaxChargePerMemberPerPeriod)
            : 0;
        var capacity = checked(free + chargeable + pool.Parameters.MaxUnfundedApprovals);
        var needed = checked(OutstandingApproved(tx, poolId) + amount);
        TxScope.Require(needed <= capacity, ErrorCodes.PoolCapacityExceeded,
            $"pool {poolId} can carry {capacity} {pool.Parameters.Currency} of approved claims; {needed} would be approved");
    }

    /// <summary>MEMBER_CAPACITY_REACHED at the active-member cap; RESERVE_REQUIREMENT_BREACHED while the balance is below the reserve.</summary>
    internal static void RequireMembershipCapacity(TxScope tx, Pool pool)
    {
        var active = new MemberKeeper(tx).ActiveCount(pool.PoolId);
        TxScope.Require(active < pool.Parameters.MaxActiveMembers, ErrorCodes.MemberCapacityReached,
            $"pool {pool.PoolId} has reached its capacity of {pool.Parameters.MaxActiveMembers} active members");
        var totals = new AccountKeeper(tx).PoolTotals(pool.PoolId);
        var reserve = LockedReserve(pool, totals);
        TxScope.Require(totals.Balance(pool.OpeningBalance) >= reserve, ErrorCodes.ReserveRequirementBreached,
            $"pool {pool.PoolId} holds less than its locked reserve of {reserve}; it takes no new members until funded");
    }
}
