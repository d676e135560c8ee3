namespace MutualAid.DevNetwork.Ledger;

/// <summary>One change a valid transaction makes to a key.</summary>
/// <param name="Namespace">The chaincode (or chaincode + collection) namespace.</param>
/// <param name="Key">The key.</param>
/// <param name="Value">The new value; null or empty deletes the key.</param>
/// <param name="Metadata">New metadata for the key, or null to keep what it has.</param>
public sealed record StateWrite(string Namespace, string Key, byte[]? Value, IReadOnlyDictionary<string, byte[]>? Metadata = null)
{
    /// <summary>True when the write removes the key.</summary>
    public bool IsDelete => Value is null || Value.Length == 0;
}
