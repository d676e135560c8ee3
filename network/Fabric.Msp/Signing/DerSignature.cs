using System.Formats.Asn1;
using System.Numerics;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;

namespace Fabric.Msp.Signing;

/// <summary>
/// ECDSA signatures in the form Fabric uses: ASN.1 DER <c>SEQUENCE { INTEGER r, INTEGER s }</c> with a
/// "low" S (s &lt;= n/2). Converts from IEEE P1363 <c>r‖s</c>, parses strictly, and normalises S.
/// </summary>
public static class DerSignature
{
    /// <summary>Converts a fixed-width P1363 <c>r‖s</c> signature into DER with S normalised to low-S.</summary>
    /// <exception cref="SignatureRejectedException"><see cref="MspErrorCodes.MalformedSignature"/> when the length is not twice the field size.</exception>
    public static byte[] FromP1363(ReadOnlySpan<byte> rs, EcdsaCurve curve = EcdsaCurve.P256)
    {
        var parameters = CurveParameters.For(curve);
        if (rs.Length != 2 * parameters.FieldBytes)
        {
            throw new SignatureRejectedException(
                MspErrorCodes.MalformedSignature,
                $"a {curve} P1363 signature has {2 * parameters.FieldBytes} bytes, got {rs.Length}");
        }

        var r = new BigInteger(rs[..parameters.FieldBytes], isUnsigned: true, isBigEndian: true);
        var s = new BigInteger(rs[parameters.FieldBytes..], isUnsigned: true, isBigEndian: true);
        return Encode(r, ToLowS(s, parameters));
    }

    /// <summary>Returns true when <paramref name="der"/> is a strict DER signature whose S is at most n/2.</summary>
    public static bool IsLowS(ReadOnlySpan<byte> der, EcdsaCurve curve = EcdsaCurve.P256) =>
        TryDecode(der, out _, out var s) && s <= CurveParameters.For(curve).HalfOrder;

    /// <summary>Returns the DER signature with S replaced by n − S when S is high; unchanged bytes otherwise.</summary>
    /// <exception cref="SignatureRejectedException"><see cref="MspErrorCodes.MalformedSignature"/> when <paramref name="der"/> is not strict DER.</exception>
    public static byte[] NormalizeLowS(ReadOnlySpan<byte> der, EcdsaCurve curve = EcdsaCurve.P256)
    {
        var (r, s) = Decode(der);
        var parameters = CurveParameters.For(curve);
        return s <= parameters.HalfOrder ? der.ToArray() : Encode(r, parameters.Order - s);
    }

    /// <summary>Parses a strict DER ECDSA signature into r and s (both positive).</summary>
    /// <exception cref="SignatureRejectedException"><see cref="MspErrorCodes.MalformedSignature"/> for anything else.</exception>
    public static (BigInteger R, BigInteger S) Decode(ReadOnlySpan<byte> der) =>
        TryDecode(der, out var r, out var s)
            ? (r, s)
            : throw new SignatureRejectedException(
                MspErrorCodes.MalformedSignature,
                $"the signature ({der.Length} bytes) is not a DER SEQUENCE of two positive INTEGERs");

    /// <summary>Tries to parse a strict DER signature: one SEQUENCE of two positive minimal INTEGERs, nothing after.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> der, out BigInteger r, out BigInteger s)
    {
        r = s = BigInteger.Zero;
        if (der.IsEmpty)
        {
            return false;
        }

        try
        {
            var bytes = der.ToArray();
            var outer = new AsnReader(bytes, AsnEncodingRules.DER);
            var sequence = outer.ReadSequence();
            r = sequence.ReadInteger();
            s = sequence.ReadInteger();
            return !sequence.HasData && !outer.HasData && r.Sign > 0 && s.Sign > 0;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    /// <summary>Encodes r and s as a DER SEQUENCE.</summary>
    internal static byte[] Encode(BigInteger r, BigInteger s)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(r);
            writer.WriteInteger(s);
        }

        return writer.Encode();
    }

    /// <summary>Writes r‖s right-aligned into a fixed-width P1363 buffer; false when either does not fit.</summary>
    internal static bool TryWriteP1363(BigInteger r, BigInteger s, int fieldBytes, Span<byte> destination)
    {
        destination.Clear();
        return TryWriteField(r, destination[..fieldBytes]) && TryWriteField(s, destination[fieldBytes..]);
    }

    internal static BigInteger ToLowS(BigInteger s, CurveParameters parameters) =>
        s > parameters.HalfOrder ? parameters.Order - s : s;

    private static bool TryWriteField(BigInteger value, Span<byte> field)
    {
        var length = value.GetByteCount(isUnsigned: true);
        return length <= field.Length
            && value.TryWriteBytes(field[(field.Length - length)..], out _, isUnsigned: true, isBigEndian: true);
    }
}
