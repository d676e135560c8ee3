using MutualAid.Domain.Model;

namespace MutualAid.Domain.Events;

/// <summary>
/// The single chaincode event of a domain transaction. It carries the full new state of every record the
/// transaction wrote, so the event stream alone rebuilds every balance and claim (see <see cref="Invariants.EventReplayer"/>).
/// </summary>
public sealed record DomainEvent
{
    /// <summary>One of <see cref="EventNames"/>.</summary>
    public required string Name { get; init; }

    public required string TxId { get; init; }
    public required DateTimeOffset At { get; init; }
    public required EventActor Actor { get; init; }
    public required string PoolId { get; init; }
    public Pool? Pool { get; init; }
    public PoolOutflows? Outflows { get; init; }
    public Member? Member { get; init; }
    public Claim? Claim { get; init; }

    /// <summary>The ledger entries the transaction added.</summary>
    public IReadOnlyList<LedgerEntry> Entries { get; init; } = [];
}
