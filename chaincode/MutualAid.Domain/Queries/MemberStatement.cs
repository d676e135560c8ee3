using MutualAid.Domain.Model;

namespace MutualAid.Domain.Queries;

/// <summary>A member's record with their entries and how much of their caps is left.</summary>
public sealed record MemberStatement
{
    public required Member Member { get; init; }
    public required string Currency { get; init; }
    public required long Contributions { get; init; }
    public required long Refunds { get; init; }
    public required long Payouts { get; init; }
    public required long LifetimeRemaining { get; init; }
    public required int ClaimAttemptsRemaining { get; init; }
    public required IReadOnlyList<LedgerEntry> Entries { get; init; }
}
