namespace MutualAid.Gateway.Audit;

/// <summary>The answer of a block-range audit.</summary>
/// <param name="From">The first block asked for.</param>
/// <param name="To">The last block asked for.</param>
/// <param name="LastBlock">The last block checked, or null when none was.</param>
/// <param name="BlocksChecked">How many blocks were checked.</param>
/// <param name="TransactionsChecked">How many endorser transactions had their signatures checked.</param>
/// <param name="ValidationCodes">How many transactions carry each validation code of the TRANSACTIONS_FILTER (e.g. VALID, MVCC_READ_CONFLICT).</param>
/// <param name="Valid">How many transactions are marked VALID.</param>
/// <param name="Invalid">How many transactions are marked anything else.</param>
/// <param name="ReachedEnd">True when the chain ended before <paramref name="To"/>.</param>
/// <param name="FirstBreak">The first failed check, or null when every check passed.</param>
/// <param name="TimeFindings">Transactions whose timestamps do not fit their place in block order: evidence, not a break.</param>
public sealed record AuditReport(
    ulong From,
    ulong To,
    ulong? LastBlock,
    int BlocksChecked,
    int TransactionsChecked,
    IReadOnlyDictionary<string, int> ValidationCodes,
    int Valid,
    int Invalid,
    bool ReachedEnd,
    AuditBreak? FirstBreak,
    IReadOnlyList<TimeFinding> TimeFindings)
{
    /// <summary>True when every check passed.</summary>
    public bool Intact => FirstBreak is null;
}
