using Fabric.Msp.Errors;
using Fabric.Msp.MspFolders;
using Fabric.Msp.Tests.Support;

namespace Fabric.Msp.Tests.MspFolders;

public class NodeOuConfigYamlTests
{
    [Test]
    public void Write_CaPath_ProducesCryptogenConfigYaml()
    {
        var yaml = NodeOuConfigYaml.Write("cacerts/ca.org1.example.com-cert.pem");

        Assert.That(yaml, Is.EqualTo(
            "NodeOUs:\n" +
            "  Enable: true\n" +
            "  ClientOUIdentifier:\n" +
            "    Certificate: cacerts/ca.org1.example.com-cert.pem\n" +
            "    OrganizationalUnitIdentifier: client\n" +
            "  PeerOUIdentifier:\n" +
            "    Certificate: cacerts/ca.org1.example.com-cert.pem\n" +
            "    OrganizationalUnitIdentifier: peer\n" +
            "  AdminOUIdentifier:\n" +
            "    Certificate: cacerts/ca.org1.example.com-cert.pem\n" +
            "    OrganizationalUnitIdentifier: admin\n" +
            "  OrdererOUIdentifier:\n" +
            "    Certificate: cacerts/ca.org1.example.com-cert.pem\n" +
            "    OrganizationalUnitIdentifier: orderer\n"));
    }

    [Test]
    public void Parse_WrittenYaml_RoundTripsWithCertifiers()
    {
        using var pki = TestPki.Create();
        var requested = new List<string>();

        var settings = NodeOuConfigYaml.Parse(NodeOuConfigYaml.Write("cacerts/ca.pem"), path =>
        {
            requested.Add(path);
            return pki.RootCertificate;
        });

        Assert.That(settings.Enabled, Is.True);
        Assert.That(settings.Client!.OrganizationalUnit, Is.EqualTo("client"));
        Assert.That(settings.Peer!.OrganizationalUnit, Is.EqualTo("peer"));
        Assert.That(settings.Admin!.OrganizationalUnit, Is.EqualTo("admin"));
        Assert.That(settings.Orderer!.OrganizationalUnit, Is.EqualTo("orderer"));
        Assert.That(settings.Client.Certifier, Is.SameAs(pki.RootCertificate));
        Assert.That(requested, Has.Count.EqualTo(4).And.All.EqualTo("cacerts/ca.pem"));
    }

    [Test]
    public void Parse_FabricCaStyleWithQuotesCommentsAndNoCertificates_ReadsOus()
    {
        var yaml = "# written by hand\nNodeOUs:\n  Enable: \"true\"   # on\n  ClientOUIdentifier:\n    OrganizationalUnitIdentifier: 'client'\n  PeerOUIdentifier:\n    OrganizationalUnitIdentifier: peer\n";

        var settings = NodeOuConfigYaml.Parse(yaml, _ => throw new AssertionException("no certificate expected"));

        Assert.That(settings.Enabled, Is.True);
        Assert.That(settings.Client!.OrganizationalUnit, Is.EqualTo("client"));
        Assert.That(settings.Client.Certifier, Is.Null);
        Assert.That(settings.Admin, Is.Null);
    }

    [Test]
    public void Parse_NoNodeOusSection_ReturnsDisabled()
    {
        var settings = NodeOuConfigYaml.Parse("OrganizationalUnitIdentifiers: []\n", _ => null!);

        Assert.That(settings.Enabled, Is.False);
    }

    [Test]
    public void Parse_IdentifierWithoutOu_ThrowsInvalidMspFolder()
    {
        var yaml = "NodeOUs:\n  Enable: true\n  ClientOUIdentifier:\n    Certificate: cacerts/x.pem\n";

        var error = Assert.Throws<MspException>(() => NodeOuConfigYaml.Parse(yaml, _ => null!));

        Assert.That(error!.Code, Is.EqualTo(MspErrorCodes.InvalidMspFolder));
    }
}
