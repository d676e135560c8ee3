using System.Security.Cryptography;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;
using Fabric.Msp.Validation;
using Fabric.Msp.Verification;
using Google.Protobuf;

namespace MutualAid.Gateway.Audit;

/// <summary>
/// One signature by a serialized identity (a <c>creator</c> or an <c>endorser</c>): the identity is read with
/// <see cref="X509Identity.Deserialize"/>, optionally validated against an MSP (certificate chain to its CA), and
/// the ECDSA signature over SHA-256 of the message verified with <see cref="SignatureVerifier"/>.
/// </summary>
public static class SignatureCheck
{
    /// <summary>Null when the signature verifies, otherwise why not.</summary>
    /// <param name="verifier">The verifier (its key cache).</param>
    /// <param name="serializedIdentity">The signer's <c>msp.SerializedIdentity</c> bytes.</param>
    /// <param name="message">The signed bytes.</param>
    /// <param name="signature">The DER ECDSA signature.</param>
    /// <param name="trust">The MSP the signer must belong to, or null to check the signature alone.</param>
    public static string? Failure(SignatureVerifier verifier, ReadOnlySpan<byte> serializedIdentity, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature, MspDefinition? trust)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        X509Identity identity;
        try
        {
            identity = X509Identity.Deserialize(serializedIdentity);
        }
        catch (Exception ex) when (ex is MspException or CryptographicException or InvalidProtocolBufferException or ArgumentException)
        {
            return "the signer's identity cannot be read: " + ex.Message;
        }

        if (trust is not null && !trust.TryValidate(identity, out _))
        {
            return $"{identity} is not an identity of {trust.MspId} (unknown CA or MSP id)";
        }

        return verifier.IsValid(identity, message, signature) ? null : $"the signature of {identity} does not verify";
    }

    /// <summary>The concatenation of <paramref name="parts"/>, the way Fabric signs several fields at once.</summary>
    public static byte[] Concat(params ReadOnlySpan<ByteString> parts)
    {
        var length = 0;
        foreach (var part in parts)
        {
            length += part.Length;
        }

        var bytes = new byte[length];
        var offset = 0;
        foreach (var part in parts)
        {
            part.Span.CopyTo(bytes.AsSpan(offset));
            offset += part.Length;
        }

        return bytes;
    }
}
