using System.Numerics;
using Fabric.Msp.Identities;
using Fabric.Msp.Signing;

namespace Fabric.Msp.Tests.Support;

/// <summary>Turns good signatures into high-S twins and reads their S, for rejection tests.</summary>
internal static class Signatures
{
    /// <summary>Returns the same signature with S replaced by n − S (valid ECDSA, but high-S).</summary>
    public static byte[] ToHighS(byte[] lowSDer)
    {
        var (r, s) = DerSignature.Decode(lowSDer);
        var order = CurveParameters.P256.Order;
        var high = s <= CurveParameters.P256.HalfOrder ? order - s : s;
        return DerSignature.Encode(r, high);
    }

    public static BigInteger S(byte[] der) => DerSignature.Decode(der).S;
}
