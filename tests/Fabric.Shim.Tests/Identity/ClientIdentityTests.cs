using Fabric.Msp.Identities;
using Fabric.Protos.Msp;
using Fabric.Shim.Identity;
using Fabric.Shim.Testing;
using Fabric.Shim.Tests.Support;
using Google.Protobuf;

namespace Fabric.Shim.Tests.Identity;

public sealed class ClientIdentityTests
{
    private static ClientIdentity Create() => new(TestIdentity.Proposals.Creator.Memory);

    [Test]
    public void GetId_Creator_IsX509SubjectIssuerInFabricContractApiForm()
    {
        var id = Create().GetId();

        Assert.That(id, Is.EqualTo(
            "x509::/C=US/ST=North Carolina/O=Hyperledger/OU=client/CN=user1::/C=US/ST=North Carolina/O=org1.example.com/CN=ca.org1.example.com"));
        Assert.That(id, Is.EqualTo(ClientIdentityId.Format(TestIdentity.User)));
    }

    [Test]
    public void GetMspId_Creator_IsTheSerializedMspId() =>
        Assert.That(Create().GetMspId(), Is.EqualTo("Org1MSP"));

    [Test]
    public void GetAttributeValue_FabricCaExtension_ReadsAttributesAndNullWhenMissing()
    {
        var identity = Create();

        Assert.That(identity.GetAttributeValue("role"), Is.EqualTo("assessor"));
        Assert.That(identity.GetAttributeValue("hf.EnrollmentID"), Is.EqualTo("user1"));
        Assert.That(identity.GetAttributeValue("missing"), Is.Null);
    }

    [Test]
    public void AssertAttributeValue_MatchingAndOther_TrueOnlyForExactValue()
    {
        var identity = Create();

        Assert.That(identity.AssertAttributeValue("role", "assessor"), Is.True);
        Assert.That(identity.AssertAttributeValue("role", "Assessor"), Is.False);
        Assert.That(identity.AssertAttributeValue("missing", "x"), Is.False);
    }

    [Test]
    public void GetNodeOURole_ClientOu_IsClient()
    {
        var identity = Create();

        Assert.That(identity.GetNodeOURole(), Is.EqualTo("client"));
        Assert.That(identity.HasOrganizationalUnit("client"), Is.True);
    }

    [Test]
    public void GetX509Certificate_Creator_IsTheSigningCertificate() =>
        Assert.That(Create().GetX509Certificate().Thumbprint, Is.EqualTo(TestIdentity.User.Thumbprint));

    [Test]
    public void Constructor_NotAnIdentity_ThrowsMspException()
    {
        var bogus = new SerializedIdentity { Mspid = "Org1MSP", IdBytes = ByteString.CopyFromUtf8("not pem") }.ToByteArray();

        Assert.That(() => new ClientIdentity(bogus), Throws.InstanceOf<Fabric.Msp.Errors.MspException>());
    }

    [Test]
    public void GetNodeOURole_NoRoleOu_IsNull()
    {
        var certificate = TestCertificates.CreateLeaf(TestIdentity.Ca, "O=Hyperledger, OU=department1, CN=plain");
        var creator = new SerializedIdentity { Mspid = "Org1MSP", IdBytes = ByteString.CopyFromUtf8(TestCertificates.ToPem(certificate)) }.ToByteArray();

        Assert.That(new ClientIdentity(creator).GetNodeOURole(), Is.Null);
    }
}
