using System.Security.Cryptography;
using Fabric.Msp.Identities;
using Fabric.Msp.Signing;
using Google.Protobuf;

namespace Fabric.Client;

/// <summary>The client identity and, unless signing happens offline, its signer.</summary>
internal sealed class SigningContext
{
    public SigningContext(X509Identity identity, ISigner? signer)
    {
        Identity = identity;
        Signer = signer;
        Creator = ByteString.CopyFrom(identity.Serialized.Span);
    }

    public X509Identity Identity { get; }

    public ISigner? Signer { get; }

    /// <summary>The serialized identity: the creator of headers and the identity of requests.</summary>
    public ByteString Creator { get; }

    /// <summary>SHA-256 of <paramref name="message"/>: what gets signed.</summary>
    public static byte[] Digest(ByteString message) => SHA256.HashData(message.Span);

    /// <summary>Signs SHA-256(<paramref name="message"/>).</summary>
    /// <exception cref="InvalidOperationException">The gateway has no signer (offline signing).</exception>
    public async ValueTask<ByteString> SignAsync(ByteString message, CancellationToken cancellationToken)
    {
        if (Signer is null)
        {
            throw new InvalidOperationException(
                "the gateway has no signer: sign the Digest offline and carry on with the gateway's NewSigned... methods");
        }

        var signature = await Signer.SignDigestAsync(Digest(message), cancellationToken).ConfigureAwait(false);
        return UnsafeByteOperations.UnsafeWrap(signature);
    }
}
