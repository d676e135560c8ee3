using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Fabric.Msp.Identities;
using Fabric.Msp.Signing;

namespace MutualAid.DevNetwork.Tests.Gateway;

/// <summary>A client certificate claiming InsurerMSP but issued by a CA the network has never seen.</summary>
internal static class StrangerCredentials
{
    public static SigningIdentity InsurerLookalike()
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=ca.insurer.example.com, O=insurer.example.com", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=User1@insurer.example.com, OU=client", key, HashAlgorithmName.SHA256);
        using var certificate = request.Create(ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1), [1, 2, 3, 4]);
        return new SigningIdentity(X509Identity.FromCertificate("InsurerMSP", certificate), new EcdsaSigner(key));
    }
}
