namespace Fabric.Msp.Signing;

/// <summary>
/// Signs message digests for a Fabric identity, returning DER ECDSA signatures with low S. Fabric
/// signs SHA-256(message); <see cref="SignerExtensions.SignAsync"/> hashes and calls this. Implementations
/// may keep the key elsewhere (an HSM, a remote signing service) and must be safe to call concurrently.
/// </summary>
public interface ISigner
{
    /// <summary>Signs a precomputed digest and returns the DER signature (low S).</summary>
    /// <exception cref="Errors.MspException">The signature could not be produced or was malformed.</exception>
    ValueTask<byte[]> SignDigestAsync(ReadOnlyMemory<byte> digest, CancellationToken cancellationToken = default);
}
