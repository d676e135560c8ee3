namespace MutualAid.Gateway.Audit;

/// <summary>The first place where the ledger failed a check.</summary>
/// <param name="Block">The block number.</param>
/// <param name="Check">Which check failed (one of <see cref="AuditCheck"/>).</param>
/// <param name="Detail">What was found, for a person.</param>
public sealed record AuditBreak(ulong Block, string Check, string Detail);
