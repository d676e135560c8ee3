using MutualAid.Domain.Model;

namespace MutualAid.Domain.Queries;

/// <summary>Every committed version of a claim, oldest first.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Versions">One per transaction that wrote it.</param>
public sealed record ClaimHistory(string ClaimId, IReadOnlyList<ClaimVersion> Versions);

/// <summary>One committed version of a claim.</summary>
/// <param name="TxId">The transaction that wrote it.</param>
/// <param name="At">Its timestamp.</param>
/// <param name="Claim">The claim as written.</param>
public sealed record ClaimVersion(string TxId, DateTimeOffset At, Claim Claim);
