using MutualAid.Domain.State;

namespace MutualAid.Domain.Invariants;

/// <summary>A whole committed public state and the events committed so far, in commit order: the input of every invariant.</summary>
/// <param name="State">Every public key and value, in key order.</param>
/// <param name="Events">Every chaincode event, in commit order.</param>
public sealed record LedgerSnapshot(IReadOnlyList<KeyValueEntry> State, IReadOnlyList<RecordedEvent> Events);

/// <summary>One committed chaincode event.</summary>
/// <param name="Name">The event name.</param>
/// <param name="Payload">The canonical JSON payload.</param>
public sealed record RecordedEvent(string Name, ReadOnlyMemory<byte> Payload);
