using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Fabric.Msp.Collections;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;
using Fabric.Msp.Signing;

namespace Fabric.Msp.Verification;

/// <summary>
/// Verifies ECDSA signatures of Fabric identities as Fabric's MSP does: SHA-256 of the message, a strict
/// DER signature, S at most n/2 (high-S is rejected before the ECDSA check), then the ECDSA check.
/// Parsed public keys are cached by certificate bytes, because importing a key costs several times the
/// verification itself. Thread-safe; one shared instance (<see cref="Shared"/>) suits most processes.
/// </summary>
/// <remarks>
/// The cached <see cref="ECDsa"/> objects are only used for verification, which holds no per-call state
/// on the key object (each call gets its own native context), so concurrent use is safe.
/// </remarks>
public sealed class SignatureVerifier
{
    private readonly ConcurrentDictionary<byte[], ECDsa> _keys = new(ByteArrayKeyComparer.Instance);
    private readonly int _capacity;

    /// <summary>Creates a verifier whose key cache holds up to <paramref name="capacity"/> certificates (then starts afresh).</summary>
    public SignatureVerifier(int capacity = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    /// <summary>A process-wide verifier.</summary>
    public static SignatureVerifier Shared { get; } = new();

    /// <summary>The number of public keys currently cached.</summary>
    public int CachedKeyCount => _keys.Count;

    /// <summary>Verifies <paramref name="signature"/> over SHA-256(<paramref name="message"/>) by <paramref name="identity"/>.</summary>
    /// <exception cref="SignatureRejectedException">
    /// <see cref="MspErrorCodes.MalformedSignature"/>, <see cref="MspErrorCodes.HighSSignature"/> or
    /// <see cref="MspErrorCodes.InvalidSignature"/>.
    /// </exception>
    public void Verify(X509Identity identity, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(message, digest);
        VerifyDigest(identity, digest, signature);
    }

    /// <summary>Verifies <paramref name="signature"/> over a precomputed <paramref name="digest"/>.</summary>
    /// <exception cref="SignatureRejectedException">As <see cref="Verify"/>.</exception>
    public void VerifyDigest(X509Identity identity, ReadOnlySpan<byte> digest, ReadOnlySpan<byte> signature)
    {
        var code = Check(identity, digest, signature);
        if (code is not null)
        {
            throw new SignatureRejectedException(code, Describe(code, identity));
        }
    }

    /// <summary>True when <see cref="Verify"/> would succeed; never throws for a bad signature.</summary>
    public bool IsValid(X509Identity identity, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(message, digest);
        return Check(identity, digest, signature) is null;
    }

    /// <summary>Returns null when valid, otherwise the error code of the first failed check.</summary>
    private string? Check(X509Identity identity, ReadOnlySpan<byte> digest, ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var curve = CurveParameters.For(identity.Curve);
        if (!DerSignature.TryDecode(signature, out var r, out var s))
        {
            return MspErrorCodes.MalformedSignature;
        }

        if (s > curve.HalfOrder)
        {
            return MspErrorCodes.HighSSignature;
        }

        Span<byte> rs = stackalloc byte[2 * curve.FieldBytes];
        if (!DerSignature.TryWriteP1363(r, s, curve.FieldBytes, rs))
        {
            return MspErrorCodes.InvalidSignature;
        }

        return KeyFor(identity).VerifyHash(digest, rs) ? null : MspErrorCodes.InvalidSignature;
    }

    private ECDsa KeyFor(X509Identity identity)
    {
        var certificate = identity.Certificate.RawDataMemory.Span;
        var lookup = _keys.GetAlternateLookup<ReadOnlySpan<byte>>();
        if (lookup.TryGetValue(certificate, out var cached))
        {
            return cached;
        }

        if (_keys.Count >= _capacity)
        {
            // Evicted keys are not disposed: another thread may still be verifying with one.
            _keys.Clear();
        }

        var key = identity.Certificate.GetECDsaPublicKey()!;
        if (lookup.TryAdd(certificate, key))
        {
            return key;
        }

        key.Dispose();
        return lookup.TryGetValue(certificate, out cached) ? cached : KeyFor(identity);
    }

    private static string Describe(string code, X509Identity identity) => code switch
    {
        MspErrorCodes.MalformedSignature => $"the signature of {identity} is not a strict DER ECDSA signature",
        MspErrorCodes.HighSSignature => $"the signature of {identity} has S above half the curve order (Fabric requires low-S)",
        _ => $"the signature does not verify for {identity}",
    };
}
