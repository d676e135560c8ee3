using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Fabric.Msp.DevCa;
using Fabric.Msp.Identities;
using Fabric.Msp.Signing;

namespace Fabric.Msp.Tests.Support;

/// <summary>An in-memory CA issuing identities for tests, built on the development CA.</summary>
internal sealed class TestPki : IDisposable
{
    public const string MspId = "Org1MSP";
    private static readonly DateTimeOffset NotBefore = DateTimeOffset.UtcNow.AddMinutes(-5);

    private TestPki(DevCertificateAuthority ca) => Ca = ca;

    public DevCertificateAuthority Ca { get; }

    public X509Certificate2 RootCertificate => Ca.Certificate;

    public static TestPki Create(string domain = "org1.example.com") =>
        new(DevCertificateAuthority.CreateRoot($"ca.{domain}", domain, NotBefore));

    /// <summary>Issues an identity with <paramref name="ou"/> and returns it with its signer and PEMs.</summary>
    public Issued Issue(string commonName = "User1@org1.example.com", string? ou = "client", IReadOnlyDictionary<string, string>? attributes = null)
    {
        var credential = Ca.Issue(commonName, LeafProfile.Identity, NotBefore, ou, attributes);
        var identity = X509Identity.FromPem(MspId, credential.CertificatePem);
        return new Issued(identity, EcdsaSigner.FromPem(credential.PrivateKeyPem), credential.CertificatePem, credential.PrivateKeyPem);
    }

    /// <summary>A self-signed certificate with an arbitrary key, for key-type tests.</summary>
    public static string SelfSignedPem(AsymmetricAlgorithm key, string subject = "CN=test")
    {
        var request = key switch
        {
            ECDsa ec => new CertificateRequest(subject, ec, HashAlgorithmName.SHA256),
            RSA rsa => new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            _ => throw new ArgumentException("unsupported test key", nameof(key)),
        };
        using var certificate = request.CreateSelfSigned(NotBefore, NotBefore.AddYears(1));
        return PemCertificate.ToPem(certificate);
    }

    public void Dispose() => Ca.Dispose();

    internal sealed record Issued(X509Identity Identity, EcdsaSigner Signer, string CertificatePem, string PrivateKeyPem);
}
