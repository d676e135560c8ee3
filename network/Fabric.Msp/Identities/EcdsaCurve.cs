namespace Fabric.Msp.Identities;

/// <summary>The elliptic curves Fabric's X.509 MSP accepts for ECDSA identities.</summary>
public enum EcdsaCurve
{
    /// <summary>NIST P-256 (secp256r1, prime256v1), the norm for Fabric identities.</summary>
    P256,

    /// <summary>NIST P-384 (secp384r1), also accepted by Fabric's MSP.</summary>
    P384,
}
