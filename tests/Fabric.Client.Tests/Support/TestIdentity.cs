using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Fabric.Msp.Identities;
using Fabric.Msp.Signing;

namespace Fabric.Client.Tests.Support;

/// <summary>A client identity with a self-signed P-256 certificate, made once per test run.</summary>
internal static class TestIdentity
{
    public const string MspId = "Org1MSP";

    private static readonly Lazy<(X509Identity Identity, EcdsaSigner Signer)> Created = new(Create);

    public static X509Identity Identity => Created.Value.Identity;

    public static EcdsaSigner Signer => Created.Value.Signer;

    public static string CertificatePem => System.Text.Encoding.UTF8.GetString(Identity.CertificatePem.Span);

    public static string PrivateKeyPem => Signer.ExportPkcs8Pem();

    private static (X509Identity, EcdsaSigner) Create()
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=User1@org1.example.com, OU=client, O=Org1", key, HashAlgorithmName.SHA256);
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        var identity = X509Identity.FromPem(MspId, certificate.ExportCertificatePem());
        return (identity, new EcdsaSigner(key));
    }
}
