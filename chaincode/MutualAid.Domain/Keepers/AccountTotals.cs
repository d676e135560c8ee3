namespace MutualAid.Domain.Keepers;

/// <summary>Sums of ledger entries by kind, in minor units.</summary>
public sealed record AccountTotals(long Contributions, long Payouts, long Fees, long Refunds, int EntryCount)
{
    /// <summary>No entries.</summary>
    public static AccountTotals Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>opening + contributions − payouts − fees − refunds, checked.</summary>
    public long Balance(long opening) => checked(opening + Contributions - Payouts - Fees - Refunds);
}
