using System.Security.Cryptography;

namespace Fabric.Msp.Signing;

/// <summary>Message-level signing on top of <see cref="ISigner"/>.</summary>
public static class SignerExtensions
{
    /// <summary>Signs SHA-256(<paramref name="message"/>), as Fabric signs proposals, envelopes and requests.</summary>
    /// <exception cref="Errors.MspException">As the signer's <see cref="ISigner.SignDigestAsync"/>.</exception>
    public static ValueTask<byte[]> SignAsync(
        this ISigner signer, ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signer);
        return signer.SignDigestAsync(SHA256.HashData(message.Span), cancellationToken);
    }
}
