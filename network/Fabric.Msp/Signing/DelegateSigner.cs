using System.Security.Cryptography;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;

namespace Fabric.Msp.Signing;

/// <summary>
/// An <see cref="ISigner"/> for keys kept elsewhere (an HSM, a cloud KMS, a remote signing service):
/// a delegate signs the digest; its result is checked and normalised to a low-S DER signature, so a
/// device that returns high-S or P1363 <c>r‖s</c> output still produces what Fabric accepts.
/// </summary>
public sealed class DelegateSigner : ISigner
{
    private readonly Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask<byte[]>> _signDigest;
    private readonly EcdsaCurve _curve;
    private readonly DSASignatureFormat _format;

    /// <summary>Creates a signer around <paramref name="signDigest"/>.</summary>
    /// <param name="signDigest">Signs a SHA-256 digest; must be safe to call concurrently.</param>
    /// <param name="curve">The curve of the remote key (sets the order used for low-S).</param>
    /// <param name="format">What the delegate returns: DER (the default) or fixed-width P1363 <c>r‖s</c>.</param>
    public DelegateSigner(
        Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask<byte[]>> signDigest,
        EcdsaCurve curve = EcdsaCurve.P256,
        DSASignatureFormat format = DSASignatureFormat.Rfc3279DerSequence)
    {
        ArgumentNullException.ThrowIfNull(signDigest);
        _signDigest = signDigest;
        _curve = curve;
        _format = format;
    }

    /// <inheritdoc />
    /// <exception cref="SignatureRejectedException"><see cref="MspErrorCodes.MalformedSignature"/> when the delegate's output is not a signature in the declared format.</exception>
    public async ValueTask<byte[]> SignDigestAsync(ReadOnlyMemory<byte> digest, CancellationToken cancellationToken = default)
    {
        var signature = await _signDigest(digest, cancellationToken).ConfigureAwait(false)
            ?? throw new SignatureRejectedException(MspErrorCodes.MalformedSignature, "the signing delegate returned no signature");
        return _format == DSASignatureFormat.IeeeP1363FixedFieldConcatenation
            ? DerSignature.FromP1363(signature, _curve)
            : DerSignature.NormalizeLowS(signature, _curve);
    }
}
