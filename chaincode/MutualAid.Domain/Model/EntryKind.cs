namespace MutualAid.Domain.Model;

/// <summary>The kind of a pool ledger entry; contributions add to a pool, everything else takes from it.</summary>
public enum EntryKind
{
    /// <summary>Money received from or for a member.</summary>
    Contribution,

    /// <summary>Money paid on an approved claim.</summary>
    Payout,

    /// <summary>The management fee charged on a payout.</summary>
    Fee,

    /// <summary>Contributions returned to a member who left in the waiting period.</summary>
    Refund,
}
