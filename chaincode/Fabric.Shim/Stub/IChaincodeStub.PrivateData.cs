using Fabric.Shim.Iterators;

namespace Fabric.Shim;

/// <summary>Private data collections. Every call needs a non-empty collection name and throws <see cref="ArgumentException"/> otherwise.</summary>
public partial interface IChaincodeStub
{
    /// <summary>Reads a private value; empty when absent.</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused (no read access, or called in Init).</exception>
    Task<byte[]> GetPrivateDataAsync(string collection, string key);

    /// <summary>Reads the SHA-256 hash of a private value, readable by organizations that do not hold the value; empty when absent.</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused.</exception>
    Task<byte[]> GetPrivateDataHashAsync(string collection, string key);

    /// <summary>Writes a private value (only its hash reaches the ordered transaction).</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused.</exception>
    Task PutPrivateDataAsync(string collection, string key, ReadOnlyMemory<byte> value);

    /// <summary>Deletes a private value.</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused.</exception>
    Task DelPrivateDataAsync(string collection, string key);

    /// <summary>Deletes a private value and purges its history from the private data store.</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused.</exception>
    Task PurgePrivateDataAsync(string collection, string key);

    /// <summary>A range query over a collection (same key rules as <see cref="GetStateByRangeAsync"/>).</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused.</exception>
    Task<StateQueryIterator> GetPrivateDataByRangeAsync(string collection, string startKey, string endKey);

    /// <summary>A partial composite key query over a collection.</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused.</exception>
    Task<StateQueryIterator> GetPrivateDataByPartialCompositeKeyAsync(string collection, string objectType, params IEnumerable<string> attributes);

    /// <summary>A rich query over a collection.</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused.</exception>
    Task<StateQueryIterator> GetPrivateDataQueryResultAsync(string collection, string query);

    /// <summary>Reads the key-level endorsement policy of a private key; empty when none.</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused.</exception>
    Task<byte[]> GetPrivateDataValidationParameterAsync(string collection, string key);

    /// <summary>Sets the key-level endorsement policy of a private key.</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused.</exception>
    Task SetPrivateDataValidationParameterAsync(string collection, string key, ReadOnlyMemory<byte> endorsementPolicy);
}
