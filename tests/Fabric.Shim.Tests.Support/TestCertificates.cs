using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Fabric.Shim.Testing;

/// <summary>Makes ECDSA P-256 certificates for tests: a CA, and leaves it signs for identities or TLS.</summary>
public static class TestCertificates
{
    private const string FabricCaAttributesOid = "1.2.3.4.5.6.7.8.1";

    /// <summary>A self-signed CA certificate (with its key) named <paramref name="subject"/>.</summary>
    public static X509Certificate2 CreateCa(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
    }

    /// <summary>
    /// A leaf certificate (with its key) signed by <paramref name="ca"/>; optionally a TLS server for
    /// 127.0.0.1/localhost, and with Fabric CA attributes (extension 1.2.3.4.5.6.7.8.1).
    /// </summary>
    public static X509Certificate2 CreateLeaf(
        X509Certificate2 ca, string subject, bool tlsServer = false, IReadOnlyDictionary<string, string>? attributes = null)
    {
        ArgumentNullException.ThrowIfNull(ca);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        if (tlsServer)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
        }

        if (attributes is not null)
        {
            var json = "{\"attrs\":{" + string.Join(',', attributes.Select(a => $"\"{a.Key}\":\"{a.Value}\"")) + "}}";
            request.CertificateExtensions.Add(new X509Extension(FabricCaAttributesOid, Encoding.UTF8.GetBytes(json), false));
        }

        var now = DateTimeOffset.UtcNow;
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var signed = request.Create(ca, now.AddDays(-1), now.AddDays(30), serial);
        return signed.CopyWithPrivateKey(key);
    }

    /// <summary>The PEM text of <paramref name="certificate"/> (no key), as Fabric's tools write it.</summary>
    public static string ToPem(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return PemEncoding.WriteString("CERTIFICATE", certificate.RawData) + "\n";
    }

    /// <summary>The PKCS#8 PEM text of the ECDSA private key of <paramref name="certificate"/>.</summary>
    public static string KeyToPem(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        using var key = certificate.GetECDsaPrivateKey() ?? throw new InvalidOperationException("the certificate has no ECDSA private key");
        return key.ExportPkcs8PrivateKeyPem();
    }
}
