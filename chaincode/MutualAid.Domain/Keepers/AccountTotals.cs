namespace MutualAid.Domain.Keepers;

/// <summary>Sums of a pool's ledger entries by kind, in minor units.</summary>
public sealed record AccountTotals(long Contributions, long Payouts, long Fees, long Refunds, int EntryCount)
{
    /// <summary>No entries.</summary>
    public static AccountTotals Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Repayments and offsets received on recoveries.</summary>
    public long Recoveries { get; init; }

    /// <summary>Capital withdrawn.</summary>
    public long Withdrawals { get; init; }

    /// <summary>Memo: reserve drawn to cover what members' caps prevented.</summary>
    public long ReserveDraws { get; init; }

    /// <summary>opening + contributions + recoveries − payouts − fees − refunds − withdrawals, checked.</summary>
    public long Balance(long opening)
        => checked(opening + Contributions + Recoveries - Payouts - Fees - Refunds - Withdrawals);
}
