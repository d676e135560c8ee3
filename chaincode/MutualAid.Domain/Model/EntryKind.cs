namespace MutualAid.Domain.Model;

/// <summary>
/// The kind of a pool ledger entry. Contributions and recoveries add to a pool; payouts, fees, refunds and
/// withdrawals take from it; a reserve draw is a memo that moves nothing (it releases locked reserve).
/// </summary>
public enum EntryKind
{
    /// <summary>Money received from or for a member (including payment of a cost-sharing charge).</summary>
    Contribution,

    /// <summary>Money paid on an approved claim.</summary>
    Payout,

    /// <summary>The management fee charged on a payout.</summary>
    Fee,

    /// <summary>Contributions returned to a member who left in the waiting period.</summary>
    Refund,

    /// <summary>Money recovered on a receivable: a repayment, or an offset withheld from a later payout.</summary>
    Recovery,

    /// <summary>Memo: the part of a sharing period that members' caps prevented, funded from the locked reserve.</summary>
    ReserveDraw,

    /// <summary>Capital withdrawn by the administrator, never below locked reserve plus approved-but-unpaid claims.</summary>
    Withdrawal,
}
