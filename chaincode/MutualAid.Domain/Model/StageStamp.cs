namespace MutualAid.Domain.Model;

/// <summary>A claim entering a stage, with the transaction that moved it: the raw data of service times.</summary>
/// <param name="Status">The stage entered.</param>
/// <param name="At">The transaction timestamp.</param>
/// <param name="TxId">The transaction.</param>
public sealed record StageStamp(ClaimStatus Status, DateTimeOffset At, string TxId);
