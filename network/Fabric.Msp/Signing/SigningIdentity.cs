using Fabric.Msp.Identities;

namespace Fabric.Msp.Signing;

/// <summary>An identity together with the signer for its private key: what a client or peer signs as.</summary>
public sealed class SigningIdentity
{
    /// <summary>Pairs <paramref name="identity"/> with <paramref name="signer"/>.</summary>
    public SigningIdentity(X509Identity identity, ISigner signer)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(signer);
        Identity = identity;
        Signer = signer;
    }

    /// <summary>The public identity (MSP id, certificate, serialized creator bytes).</summary>
    public X509Identity Identity { get; }

    /// <summary>The signer for the identity's private key.</summary>
    public ISigner Signer { get; }

    /// <summary>Signs SHA-256(<paramref name="message"/>) with the identity's key.</summary>
    /// <exception cref="Errors.MspException">As the signer's <see cref="ISigner.SignDigestAsync"/>.</exception>
    public ValueTask<byte[]> SignAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default) =>
        Signer.SignAsync(message, cancellationToken);
}
