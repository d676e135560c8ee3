using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Fabric.Msp.Identities;

namespace Fabric.Msp.DevCa;

/// <summary>
/// A self-signed ECDSA P-256 certificate authority for development, issuing certificates shaped like
/// cryptogen's (subject <c>C=US, ST=California, L=San Francisco[, O|OU], CN</c>), valid for ten years.
/// </summary>
internal sealed class DevCertificateAuthority : IDisposable
{
    private static readonly TimeSpan Validity = TimeSpan.FromDays(3650);
    private readonly LowSSignatureGenerator _generator;

    private DevCertificateAuthority(X509Certificate2 certificate, ECDsa key)
    {
        Certificate = certificate;
        Key = key;
        _generator = new LowSSignatureGenerator(key);
        CertificatePem = PemCertificate.ToPem(certificate);
    }

    public X509Certificate2 Certificate { get; }

    public ECDsa Key { get; }

    public string CertificatePem { get; }

    public string PrivateKeyPem => PemPrivateKey.ToPkcs8Pem(Key);

    /// <summary>Creates a root CA named <paramref name="commonName"/> for organization <paramref name="organization"/>.</summary>
    public static DevCertificateAuthority CreateRoot(string commonName, string organization, DateTimeOffset notBefore)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(Subject(commonName, organization: organization), key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment
            | X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign,
            critical: true));
        request.CertificateExtensions.Add(TlsUsages());
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var certificate = request.Create(
            request.SubjectName, new LowSSignatureGenerator(key), notBefore, notBefore + Validity, NewSerial());
        return new DevCertificateAuthority(certificate, key);
    }

    /// <summary>Issues an end-entity certificate and key for <paramref name="commonName"/>.</summary>
    public IssuedCredential Issue(
        string commonName,
        LeafProfile profile,
        DateTimeOffset notBefore,
        string? organizationalUnit = null,
        IReadOnlyDictionary<string, string>? attributes = null,
        IReadOnlyList<string>? hostNames = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(
            Subject(commonName, organizationalUnit: organizationalUnit), new PublicKey(key), HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        var usage = profile == LeafProfile.Identity
            ? X509KeyUsageFlags.DigitalSignature
            : X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment;
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        if (profile != LeafProfile.Identity)
        {
            request.CertificateExtensions.Add(TlsUsages());
        }

        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(
            X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Certificate, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        if (hostNames is { Count: > 0 })
        {
            request.CertificateExtensions.Add(SubjectAlternativeNames(hostNames));
        }

        if (attributes is not null)
        {
            request.CertificateExtensions.Add(FabricCaAttributes.CreateExtension(attributes));
        }

        var certificate = request.Create(Certificate.SubjectName, _generator, notBefore, notBefore + Validity, NewSerial());
        return new IssuedCredential(certificate, PemCertificate.ToPem(certificate), PemPrivateKey.ToPkcs8Pem(key));
    }

    public void Dispose()
    {
        Key.Dispose();
        Certificate.Dispose();
    }

    private static X500DistinguishedName Subject(string commonName, string? organization = null, string? organizationalUnit = null)
    {
        // The builder encodes the last attribute added first; add in reverse to encode C, ST, L, O, OU, CN.
        var builder = new X500DistinguishedNameBuilder();
        builder.AddCommonName(commonName);
        if (organizationalUnit is not null)
        {
            builder.AddOrganizationalUnitName(organizationalUnit);
        }

        if (organization is not null)
        {
            builder.AddOrganizationName(organization);
        }

        builder.AddLocalityName("San Francisco");
        builder.AddStateOrProvinceName("California");
        builder.AddCountryOrRegion("US");
        return builder.Build();
    }

    private static X509EnhancedKeyUsageExtension TlsUsages() => new(
        [new Oid("1.3.6.1.5.5.7.3.2"), new Oid("1.3.6.1.5.5.7.3.1")], critical: false);

    private static X509Extension SubjectAlternativeNames(IReadOnlyList<string> hostNames)
    {
        var builder = new SubjectAlternativeNameBuilder();
        foreach (var name in hostNames)
        {
            if (IPAddress.TryParse(name, out var address))
            {
                builder.AddIpAddress(address);
            }
            else
            {
                builder.AddDnsName(name);
            }
        }

        return builder.Build();
    }

    private static byte[] NewSerial()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        serial[0] |= 0x01;
        return serial;
    }
}
