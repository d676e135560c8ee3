namespace Fabric.Shim;

/// <summary>Public world state: reads, writes and key-level endorsement policies.</summary>
public partial interface IChaincodeStub
{
    /// <summary>Reads the committed value of <paramref name="key"/>; empty when the key does not exist.</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused the read.</exception>
    Task<byte[]> GetStateAsync(string key);

    /// <summary>Writes <paramref name="value"/> under <paramref name="key"/> in the write set (an empty value is a delete).</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty.</exception>
    /// <exception cref="Errors.PeerRequestException">The peer refused the write.</exception>
    Task PutStateAsync(string key, ReadOnlyMemory<byte> value);

    /// <summary>Deletes <paramref name="key"/> in the write set.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty.</exception>
    /// <exception cref="Errors.PeerRequestException">The peer refused the delete.</exception>
    Task DelStateAsync(string key);

    /// <summary>Reads the key-level endorsement policy of <paramref name="key"/>; empty when it has none.</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused the read.</exception>
    Task<byte[]> GetStateValidationParameterAsync(string key);

    /// <summary>Sets the key-level endorsement policy (a serialized <c>SignaturePolicyEnvelope</c>) of <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty.</exception>
    /// <exception cref="Errors.PeerRequestException">The peer refused the write.</exception>
    Task SetStateValidationParameterAsync(string key, ReadOnlyMemory<byte> endorsementPolicy);
}
