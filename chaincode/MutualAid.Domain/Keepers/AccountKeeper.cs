using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Keepers;

/// <summary>
/// Owns the per-transaction ledger entries (<c>pool~entry</c>, <c>member~entry</c>). Entries are only added;
/// balances are computed on read by summing them in key order, so concurrent contributions never conflict.
/// </summary>
public sealed class AccountKeeper(TxScope tx)
{
    private int _seq;

    /// <summary>Stages a new entry of this transaction under the pool (and the member, when there is one).</summary>
    public LedgerEntry Add(EntryKind kind, Money amount, string poolId, string? memberId = null, string? claimId = null,
        string? paymentReference = null, string? destinationHash = null, string? recoveryId = null, int? periodSeq = null)
    {
        var entry = new LedgerEntry
        {
            PoolId = poolId,
            TxId = tx.Context.TxId,
            Seq = _seq++,
            Kind = kind,
            Amount = amount,
            MemberId = memberId,
            ClaimId = claimId,
            PaymentReference = paymentReference,
            DestinationHash = destinationHash,
            At = tx.Now,
            RecoveryId = recoveryId,
            PeriodSeq = periodSeq,
        };
        tx.Put(Keys.PoolEntry(entry), entry, DomainJsonContext.Default.LedgerEntry);
        if (memberId is not null)
        {
            tx.Put(Keys.MemberEntry(memberId, entry), entry, DomainJsonContext.Default.LedgerEntry);
        }

        return entry;
    }

    /// <summary>Every committed entry of a pool, in key order.</summary>
    public IEnumerable<LedgerEntry> PoolEntries(string poolId)
        => tx.Scan(Keys.PoolEntryType, poolId).Select(kv => CanonicalJson.Deserialize(kv.Value.Span, DomainJsonContext.Default.LedgerEntry));

    /// <summary>Every committed entry of a member, in key order.</summary>
    public IEnumerable<LedgerEntry> MemberEntries(string memberId)
        => tx.Scan(Keys.MemberEntryType, memberId).Select(kv => CanonicalJson.Deserialize(kv.Value.Span, DomainJsonContext.Default.LedgerEntry));

    /// <summary>The committed totals of a pool.</summary>
    public AccountTotals PoolTotals(string poolId) => Sum(PoolEntries(poolId));

    /// <summary>The committed totals of a member.</summary>
    public AccountTotals MemberTotals(string memberId) => Sum(MemberEntries(memberId));

    /// <summary>Sums entries by kind (checked).</summary>
    public static AccountTotals Sum(IEnumerable<LedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        long contributions = 0, payouts = 0, fees = 0, refunds = 0, recoveries = 0, withdrawals = 0, draws = 0;
        var count = 0;
        foreach (var e in entries)
        {
            count++;
            switch (e.Kind)
            {
                case EntryKind.Contribution: contributions = checked(contributions + e.Amount.Amount); break;
                case EntryKind.Payout: payouts = checked(payouts + e.Amount.Amount); break;
                case EntryKind.Fee: fees = checked(fees + e.Amount.Amount); break;
                case EntryKind.Refund: refunds = checked(refunds + e.Amount.Amount); break;
                case EntryKind.Recovery: recoveries = checked(recoveries + e.Amount.Amount); break;
                case EntryKind.Withdrawal: withdrawals = checked(withdrawals + e.Amount.Amount); break;
                case EntryKind.ReserveDraw: draws = checked(draws + e.Amount.Amount); break;
            }
        }

        return new AccountTotals(contributions, payouts, fees, refunds, count)
        {
            Recoveries = recoveries, Withdrawals = withdrawals, ReserveDraws = draws,
        };
    }
}
