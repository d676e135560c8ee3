using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Fabric.Msp.Identities;
using Fabric.Msp.Tests.Support;

namespace Fabric.Msp.Tests.Identities;

public class ClientIdentityIdTests
{
    [Test]
    public void Format_CryptogenStyleUser_MatchesNodeShimFormat()
    {
        using var pki = TestPki.Create();
        var identity = pki.Issue("User1@org1.example.com", "client").Identity;

        var id = ClientIdentityId.Format(identity.Certificate);

        Assert.That(id, Is.EqualTo(
            "x509::/C=US/ST=California/L=San Francisco/OU=client/CN=User1@org1.example.com"
            + "::/C=US/ST=California/L=San Francisco/O=org1.example.com/CN=ca.org1.example.com"));
        Assert.That(identity.ClientId, Is.EqualTo(id));
    }

    [Test]
    public void FormatGo_CryptogenStyleUser_MatchesGoCidFormat()
    {
        using var pki = TestPki.Create();
        var identity = pki.Issue("User1@org1.example.com", "client").Identity;

        var raw = Encoding.UTF8.GetString(Convert.FromBase64String(ClientIdentityId.FormatGo(identity.Certificate)));

        Assert.That(raw, Is.EqualTo(
            "x509::CN=User1@org1.example.com,OU=client,L=San Francisco,ST=California,C=US"
            + "::CN=ca.org1.example.com,O=org1.example.com,L=San Francisco,ST=California,C=US"));
    }

    [Test]
    public void Format_ValueWithSlashesAndCommas_EscapesAsEachShimDoes()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName("u");
        name.AddOrganizationName("a/b/c, Inc");
        using var certificate = new CertificateRequest(name.Build(), key, HashAlgorithmName.SHA256)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        var node = ClientIdentityId.Format(certificate);
        var go = Encoding.UTF8.GetString(Convert.FromBase64String(ClientIdentityId.FormatGo(certificate)));

        Assert.That(node, Is.EqualTo("x509::/O=a\\/b/c, Inc/CN=u::/O=a\\/b/c, Inc/CN=u"));
        Assert.That(go, Is.EqualTo("x509::CN=u,O=a/b/c\\, Inc::CN=u,O=a/b/c\\, Inc"));
    }
}
