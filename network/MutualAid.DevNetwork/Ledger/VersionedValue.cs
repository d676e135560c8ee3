namespace MutualAid.DevNetwork.Ledger;

/// <summary>A committed value with the version that wrote it and its state metadata.</summary>
/// <param name="Value">The value bytes (never empty: an empty write is a delete).</param>
/// <param name="Version">The block and transaction that last wrote the value or its metadata.</param>
/// <param name="Metadata">State metadata entries, e.g. the key-level endorsement policy.</param>
public sealed record VersionedValue(byte[] Value, KeyVersion Version, IReadOnlyDictionary<string, byte[]> Metadata)
{
    /// <summary>No metadata.</summary>
    public static readonly IReadOnlyDictionary<string, byte[]> NoMetadata = new Dictionary<string, byte[]>();
}
