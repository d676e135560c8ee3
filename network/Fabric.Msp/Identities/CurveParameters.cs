using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using Fabric.Msp.Errors;

namespace Fabric.Msp.Identities;

/// <summary>The facts about a supported curve that signing and verification need: order and field size.</summary>
internal sealed class CurveParameters
{
    private const string P256Oid = "1.2.840.10045.3.1.7";
    private const string P384Oid = "1.3.132.0.34";

    public static readonly CurveParameters P256 = new(
        EcdsaCurve.P256, 32, "FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551");

    public static readonly CurveParameters P384 = new(
        EcdsaCurve.P384,
        48,
        "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFC7634D81F4372DDF581A0DB248B0A77AECEC196ACCC52973");

    private CurveParameters(EcdsaCurve curve, int fieldBytes, string orderHex)
    {
        Curve = curve;
        FieldBytes = fieldBytes;
        Order = BigInteger.Parse("0" + orderHex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        HalfOrder = Order >> 1;
    }

    public EcdsaCurve Curve { get; }

    /// <summary>Bytes of r or s in the fixed-width IEEE P1363 form.</summary>
    public int FieldBytes { get; }

    /// <summary>The order n of the base point.</summary>
    public BigInteger Order { get; }

    /// <summary>n / 2 rounded down; a signature is low-S when s &lt;= this.</summary>
    public BigInteger HalfOrder { get; }

    public static CurveParameters For(EcdsaCurve curve) => curve == EcdsaCurve.P384 ? P384 : P256;

    /// <summary>Returns the parameters for the curve of <paramref name="key"/>.</summary>
    /// <exception cref="MspException"><see cref="MspErrorCodes.UnsupportedKey"/> for any other curve.</exception>
    public static CurveParameters For(ECDsa key)
    {
        ECCurve curve;
        try
        {
            curve = key.ExportParameters(includePrivateParameters: false).Curve;
        }
        catch (CryptographicException ex)
        {
            throw new MspException(MspErrorCodes.UnsupportedKey, "the EC key's curve cannot be read", ex);
        }

        return FromOid(curve.Oid?.Value, curve.Oid?.FriendlyName)
            ?? throw new MspException(
                MspErrorCodes.UnsupportedKey,
                $"ECDSA curve '{curve.Oid?.FriendlyName ?? curve.Oid?.Value ?? "explicit"}' is not supported; use P-256 or P-384");
    }

    /// <summary>Maps a named-curve OID (or its friendly name) to the supported curve, or null.</summary>
    public static CurveParameters? FromOid(string? oid, string? friendlyName = null)
    {
        if (oid == P256Oid || friendlyName is "nistP256" or "ECDSA_P256" or "prime256v1" or "secp256r1")
        {
            return P256;
        }

        if (oid == P384Oid || friendlyName is "nistP384" or "ECDSA_P384" or "secp384r1")
        {
            return P384;
        }

        return null;
    }
}
