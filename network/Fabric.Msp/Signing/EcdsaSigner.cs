using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;

namespace Fabric.Msp.Signing;

/// <summary>
/// Signs with an in-process ECDSA private key (P-256 or P-384): SHA-256 of the message, DER output,
/// S normalised to low-S (s &gt; n/2 becomes n − s) because Fabric rejects high-S signatures. Safe to use
/// from several threads; owns and disposes the key.
/// </summary>
public sealed class EcdsaSigner : ISigner, IDisposable
{
    private readonly ECDsa _key;
    private readonly CurveParameters _curve;

    /// <summary>Wraps <paramref name="key"/>, which must hold a private key; the signer takes ownership.</summary>
    /// <exception cref="MspException"><see cref="MspErrorCodes.UnsupportedKey"/> when the curve is not P-256 or P-384.</exception>
    public EcdsaSigner(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _curve = CurveParameters.For(key);
        _key = key;
    }

    /// <summary>The curve of the key.</summary>
    public EcdsaCurve Curve => _curve.Curve;

    /// <summary>Creates a signer from PEM text holding a PKCS#8 or SEC1 EC private key.</summary>
    /// <exception cref="MspException">As <see cref="PemPrivateKey.Load(string)"/>.</exception>
    public static EcdsaSigner FromPem(string pem) => new(PemPrivateKey.Load(pem));

    /// <summary>Creates a signer from PEM bytes holding a PKCS#8 or SEC1 EC private key.</summary>
    /// <exception cref="MspException">As <see cref="PemPrivateKey.Load(ReadOnlySpan{byte})"/>.</exception>
    public static EcdsaSigner FromPem(ReadOnlySpan<byte> pem) => new(PemPrivateKey.Load(pem));

    /// <summary>Creates a signer from a PEM private key file (e.g. <c>keystore/priv_sk</c>).</summary>
    /// <exception cref="MspException">As <see cref="PemPrivateKey.Load(ReadOnlySpan{byte})"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static EcdsaSigner FromPemFile(string path) => new(PemPrivateKey.LoadFile(path));

    /// <summary>Signs SHA-256(<paramref name="message"/>) and returns a low-S DER signature.</summary>
    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(message, digest);
        return SignDigest(digest);
    }

    /// <summary>Signs a precomputed digest and returns a low-S DER signature.</summary>
    public byte[] SignDigest(ReadOnlySpan<byte> digest)
    {
        Span<byte> rs = stackalloc byte[2 * _curve.FieldBytes];
        var written = _key.SignHash(digest, rs, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return DerSignature.FromP1363(rs[..written], _curve.Curve);
    }

    /// <inheritdoc />
    public ValueTask<byte[]> SignDigestAsync(ReadOnlyMemory<byte> digest, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(SignDigest(digest.Span));
    }

    /// <summary>True when the key is the private half of <paramref name="certificate"/>'s public key.</summary>
    public bool Matches(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        using var publicKey = certificate.GetECDsaPublicKey();
        return publicKey is not null
            && publicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(_key.ExportSubjectPublicKeyInfo());
    }

    /// <summary>Exports the private key as PKCS#8 PEM (for writing key files).</summary>
    public string ExportPkcs8Pem() => PemPrivateKey.ToPkcs8Pem(_key);

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}
