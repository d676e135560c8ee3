namespace MutualAid.Domain.State;

/// <summary>One key and its committed value, as returned by a range or partial-composite-key query.</summary>
/// <param name="Key">The full key.</param>
/// <param name="Value">The committed bytes.</param>
public sealed record KeyValueEntry(string Key, ReadOnlyMemory<byte> Value);
