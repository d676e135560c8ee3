using MutualAid.Domain.Model;

namespace MutualAid.Domain.Invariants;

public static partial class Invariants
{
    /// <summary>
    /// A1: for every pool, balance = opening + contributions + recoveries − payouts − fees − refunds − withdrawals, with the pool
    /// entries and their member mirrors telling the same story, and every member total matching its entries.
    /// </summary>
    public static IEnumerable<string> MoneyConservation(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var pool in view.Pools.Values)
        {
            var t = view.Totals(pool.PoolId);
            var signed = view.Entries.Where(e => e.PoolId == pool.PoolId).Aggregate(pool.OpeningBalance, (b, e) => checked(b + e.SignedAmount));
            if (signed != t.Balance(pool.OpeningBalance))
            {
                yield return $"pool {pool.PoolId}: signed sum {signed} differs from the ledger identity {t.Balance(pool.OpeningBalance)}";
            }
        }

        var withMember = view.Entries.Where(e => e.MemberId is not null).Select(Describe).Order(StringComparer.Ordinal);
        var mirrored = view.MemberEntries.Select(Describe).Order(StringComparer.Ordinal);
        if (!withMember.SequenceEqual(mirrored, StringComparer.Ordinal))
        {
            yield return "member entries do not mirror the pool entries that name a member";
        }

        foreach (var member in view.Members.Values)
        {
            var paid = view.Entries.Where(e => e.MemberId == member.MemberId && e.Kind == EntryKind.Payout).Sum(e => e.Amount.Amount);
            if (paid != member.LifetimePaid)
            {
                yield return $"member {member.MemberId}: lifetimePaid {member.LifetimePaid} but payouts sum to {paid}";
            }
        }
    }

    /// <summary>A2: no pool balance, member total or reserve is negative; refunds never exceed contributions.</summary>
    public static IEnumerable<string> NoNegativeBalances(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var pool in view.Pools.Values)
        {
            var balance = view.Totals(pool.PoolId).Balance(pool.OpeningBalance);
            if (balance < 0)
            {
                yield return $"pool {pool.PoolId} balance {balance}";
            }
        }

        foreach (var m in view.Members.Values)
        {
            var own = view.Entries.Where(e => e.MemberId == m.MemberId).ToList();
            var contributed = own.Where(e => e.Kind == EntryKind.Contribution).Sum(e => e.Amount.Amount);
            var refunded = own.Where(e => e.Kind == EntryKind.Refund).Sum(e => e.Amount.Amount);
            if (m.LifetimePaid < 0 || m.LifetimeReserved < 0 || m.OpenClaims < 0 || refunded > contributed)
            {
                yield return $"member {m.MemberId}: paid {m.LifetimePaid}, reserved {m.LifetimeReserved}, open {m.OpenClaims}, refunded {refunded} of {contributed}";
            }
        }
    }

    /// <summary>A3: every amount is positive integer minor units in its pool's currency.</summary>
    public static IEnumerable<string> NoCurrencyMixing(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var e in view.Entries)
        {
            var currency = view.Pools[e.PoolId].Parameters.Currency;
            if (e.Amount.Currency != currency || e.Amount.Amount <= 0)
            {
                yield return $"entry {e.TxId}/{e.Seq}: {e.Amount.Amount} {e.Amount.Currency} in a {currency} pool";
            }
        }

        foreach (var c in view.Claims.Values)
        {
            var currency = view.Pools[c.PoolId].Parameters.Currency;
            if (c.ClaimedAmount.Currency != currency || c.PaidAmount.Currency != currency
                || (c.ApprovedAmount is { } a && a.Currency != currency))
            {
                yield return $"claim {c.ClaimId} mixes currencies with its {currency} pool";
            }
        }
    }

    /// <summary>J4: each pool's outflow lock equals the sum of its outflow deltas, one sequence step per outflow transaction.</summary>
    public static IEnumerable<string> HotKeyAggregates(StateView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var (poolId, o) in view.Outflows)
        {
            var t = view.Totals(poolId);
            var outflowTxs = view.Entries
                .Where(e => e.PoolId == poolId && e.Kind is EntryKind.Payout or EntryKind.Fee or EntryKind.Refund or EntryKind.Withdrawal)
                .Select(e => e.TxId).Distinct().Count();
            if (o.Payouts != t.Payouts || o.Fees != t.Fees || o.Refunds != t.Refunds || o.Withdrawals != t.Withdrawals || o.Sequence != outflowTxs)
            {
                yield return $"pool {poolId}: outflow record {o.Payouts}/{o.Fees}/{o.Refunds}#{o.Sequence} but deltas {t.Payouts}/{t.Fees}/{t.Refunds}#{outflowTxs}";
            }
        }
    }

    private static string Describe(LedgerEntry e) => $"{e.PoolId}|{e.TxId}|{e.Seq}|{e.Kind}|{e.Amount.Amount}|{e.MemberId}";
}
