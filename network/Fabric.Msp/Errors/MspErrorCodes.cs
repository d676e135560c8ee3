namespace Fabric.Msp.Errors;

/// <summary>
/// The stable error codes of this library, one place for all of them. Each code is the first word of
/// the message of the <see cref="MspException"/> that carries it; callers branch on the code, never
/// on the message text.
/// </summary>
public static class MspErrorCodes
{
    /// <summary>The text is not PEM, or holds no block of the expected kind.</summary>
    public const string InvalidPem = "INVALID_PEM";

    /// <summary>A PEM block was found but its DER content is not a valid X.509 certificate.</summary>
    public const string InvalidCertificate = "INVALID_CERTIFICATE";

    /// <summary>A PEM block was found but its DER content is not a valid private key.</summary>
    public const string InvalidPrivateKey = "INVALID_PRIVATE_KEY";

    /// <summary>The key is not ECDSA on P-256 or P-384 (for example RSA, Ed25519 or another curve), or is encrypted.</summary>
    public const string UnsupportedKey = "UNSUPPORTED_KEY";

    /// <summary>The private key does not belong to the certificate it is paired with.</summary>
    public const string KeyCertificateMismatch = "KEY_CERTIFICATE_MISMATCH";

    /// <summary>The signature is not a strict DER <c>SEQUENCE { INTEGER r, INTEGER s }</c> with positive r and s.</summary>
    public const string MalformedSignature = "MALFORMED_SIGNATURE";

    /// <summary>The signature's S is above half the curve order; Fabric rejects such signatures.</summary>
    public const string HighSSignature = "HIGH_S_SIGNATURE";

    /// <summary>The signature is well formed but does not verify for the message and public key.</summary>
    public const string InvalidSignature = "INVALID_SIGNATURE";

    /// <summary>The bytes are not a serialized msp.SerializedIdentity with an MSP id and PEM id_bytes.</summary>
    public const string InvalidIdentity = "INVALID_IDENTITY";

    /// <summary>The identity belongs to a different MSP than the one asked to validate it.</summary>
    public const string MspMismatch = "MSP_MISMATCH";

    /// <summary>The certificate does not chain to any root CA (through the intermediates) of the MSP.</summary>
    public const string UnknownCa = "UNKNOWN_CA";

    /// <summary>The certificate is a CA certificate (Basic Constraints CA=true) and cannot be an identity.</summary>
    public const string CaCertificateIdentity = "CA_CERTIFICATE_IDENTITY";

    /// <summary>NodeOUs are enabled and the certificate carries none of the client, peer, admin or orderer OUs.</summary>
    public const string NodeOuMissing = "NODE_OU_MISSING";

    /// <summary>NodeOUs are enabled and the certificate carries more than one of the client, peer, admin or orderer OUs.</summary>
    public const string NodeOuAmbiguous = "NODE_OU_AMBIGUOUS";

    /// <summary>The Fabric CA attribute extension (OID 1.2.3.4.5.6.7.8.1) is not JSON with an <c>attrs</c> object of strings.</summary>
    public const string InvalidAttributes = "INVALID_ATTRIBUTES";

    /// <summary>An MSP folder or its config.yaml is missing something required or cannot be read.</summary>
    public const string InvalidMspFolder = "INVALID_MSP_FOLDER";

    /// <summary>A development CA specification is inconsistent (empty or duplicate names, bad domain).</summary>
    public const string InvalidSpecification = "INVALID_SPECIFICATION";
}
