using System.Security.Cryptography.X509Certificates;
using System.Text;
using Fabric.Msp.Errors;
using Fabric.Protos.Msp;
using Google.Protobuf;

namespace Fabric.Msp.Identities;

/// <summary>
/// An X.509 Fabric identity: an MSP id and a certificate, serialized as <c>msp.SerializedIdentity</c>
/// whose <c>id_bytes</c> are the certificate's PEM text exactly as read. The serialized bytes (the
/// <c>creator</c> of headers and the input of transaction ids) are computed once. Immutable and
/// thread-safe; the certificate key is ECDSA on P-256 or P-384.
/// </summary>
public sealed class X509Identity : IEquatable<X509Identity>
{
    private readonly byte[] _pem;
    private readonly byte[] _serialized;

    private X509Identity(string mspId, X509Certificate2 certificate, byte[] pem, byte[]? serialized)
    {
        if (string.IsNullOrEmpty(mspId))
        {
            throw new MspException(MspErrorCodes.InvalidIdentity, "the MSP id is empty");
        }

        using (var key = certificate.GetECDsaPublicKey())
        {
            Curve = key is null
                ? throw new MspException(
                    MspErrorCodes.UnsupportedKey,
                    $"the certificate key is {certificate.PublicKey.Oid.FriendlyName ?? certificate.PublicKey.Oid.Value}; Fabric identities use ECDSA P-256")
                : CurveParameters.For(key).Curve;
        }

        MspId = mspId;
        Certificate = certificate;
        _pem = pem;
        _serialized = serialized ?? new SerializedIdentity { Mspid = mspId, IdBytes = ByteString.CopyFrom(pem) }.ToByteArray();
    }

    /// <summary>The MSP id, e.g. <c>InsurerMSP</c>.</summary>
    public string MspId { get; }

    /// <summary>The parsed certificate. Do not dispose it; the identity owns it.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The curve of the certificate's ECDSA key.</summary>
    public EcdsaCurve Curve { get; }

    /// <summary>The PEM bytes exactly as given; the <c>id_bytes</c> of the serialized identity.</summary>
    public ReadOnlyMemory<byte> CertificatePem => _pem;

    /// <summary>The serialized <c>msp.SerializedIdentity</c>: the <c>creator</c> field of signature headers.</summary>
    public ReadOnlyMemory<byte> Serialized => _serialized;

    /// <summary>The id the Node chaincode shim gives this identity (<see cref="ClientIdentityId.Format"/>).</summary>
    public string ClientId => ClientIdentityId.Format(Certificate);

    /// <summary>Creates an identity from a certificate's PEM bytes, kept exactly as given.</summary>
    /// <exception cref="MspException">
    /// <see cref="MspErrorCodes.InvalidPem"/>, <see cref="MspErrorCodes.InvalidCertificate"/>,
    /// <see cref="MspErrorCodes.UnsupportedKey"/> (not ECDSA P-256/P-384) or
    /// <see cref="MspErrorCodes.InvalidIdentity"/> (empty MSP id).
    /// </exception>
    public static X509Identity FromPem(string mspId, ReadOnlySpan<byte> certificatePem)
    {
        var pem = certificatePem.ToArray();
        return new X509Identity(mspId, PemCertificate.Load(pem), pem, null);
    }

    /// <summary>Creates an identity from a certificate's PEM text (encoded as UTF-8).</summary>
    /// <exception cref="MspException">As <see cref="FromPem(string, ReadOnlySpan{byte})"/>.</exception>
    public static X509Identity FromPem(string mspId, string certificatePem) =>
        FromPem(mspId, Encoding.UTF8.GetBytes(certificatePem));

    /// <summary>Creates an identity from a PEM certificate file, keeping its bytes exactly.</summary>
    /// <exception cref="MspException">As <see cref="FromPem(string, ReadOnlySpan{byte})"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static X509Identity FromPemFile(string mspId, string path) => FromPem(mspId, File.ReadAllBytes(path));

    /// <summary>Creates an identity from a certificate, writing its PEM the way cryptogen and Fabric CA do.</summary>
    /// <exception cref="MspException">As <see cref="FromPem(string, ReadOnlySpan{byte})"/>.</exception>
    public static X509Identity FromCertificate(string mspId, X509Certificate2 certificate) =>
        FromPem(mspId, PemCertificate.ToPemBytes(certificate));

    /// <summary>
    /// Reads a serialized <c>msp.SerializedIdentity</c> (a <c>creator</c>); <see cref="Serialized"/> keeps
    /// the given bytes exactly.
    /// </summary>
    /// <exception cref="MspException">
    /// <see cref="MspErrorCodes.InvalidIdentity"/> when the bytes are not a SerializedIdentity with an MSP id;
    /// otherwise as <see cref="FromPem(string, ReadOnlySpan{byte})"/> for its <c>id_bytes</c>.
    /// </exception>
    public static X509Identity Deserialize(ReadOnlySpan<byte> serialized)
    {
        SerializedIdentity message;
        try
        {
            message = SerializedIdentity.Parser.ParseFrom(serialized);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new MspException(MspErrorCodes.InvalidIdentity, "the bytes are not a serialized msp.SerializedIdentity", ex);
        }

        if (message.IdBytes.IsEmpty)
        {
            throw new MspException(MspErrorCodes.InvalidIdentity, "the serialized identity has empty id_bytes");
        }

        var pem = message.IdBytes.ToByteArray();
        return new X509Identity(message.Mspid, PemCertificate.Load(pem), pem, serialized.ToArray());
    }

    /// <summary>Returns a new <c>msp.SerializedIdentity</c> message for this identity.</summary>
    public SerializedIdentity ToSerializedIdentity() =>
        new() { Mspid = MspId, IdBytes = ByteString.CopyFrom(_pem) };

    /// <summary>The Fabric CA attributes of the certificate (<see cref="FabricCaAttributes.Read"/>).</summary>
    /// <exception cref="MspException"><see cref="MspErrorCodes.InvalidAttributes"/> when the extension is malformed.</exception>
    public IReadOnlyDictionary<string, string> GetAttributes() => FabricCaAttributes.Read(Certificate);

    /// <summary>Same MSP id and same certificate (DER), as Fabric compares identities.</summary>
    public bool Equals(X509Identity? other) =>
        other is not null
        && MspId == other.MspId
        && Certificate.RawDataMemory.Span.SequenceEqual(other.Certificate.RawDataMemory.Span);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as X509Identity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MspId, Certificate.Thumbprint);

    /// <inheritdoc />
    public override string ToString() => $"{MspId}:{Certificate.Subject}";
}
