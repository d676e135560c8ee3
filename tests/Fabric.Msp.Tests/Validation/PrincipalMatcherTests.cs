using Fabric.Msp.Tests.Support;
using Fabric.Msp.Validation;

namespace Fabric.Msp.Tests.Validation;

public class PrincipalMatcherTests
{
    private TestPki _pki = null!;
    private MspDefinition _msp = null!;

    [OneTimeSetUp]
    public void CreatePki()
    {
        _pki = TestPki.Create();
        _msp = new MspDefinition(TestPki.MspId, [_pki.RootCertificate], nodeOus: NodeOuSettings.Standard);
    }

    [OneTimeTearDown]
    public void DisposePki() => _pki.Dispose();

    [TestCase("client", MspRoleType.Member, true)]
    [TestCase("client", MspRoleType.Client, true)]
    [TestCase("client", MspRoleType.Peer, false)]
    [TestCase("client", MspRoleType.Admin, false)]
    [TestCase("peer", MspRoleType.Peer, true)]
    [TestCase("peer", MspRoleType.Member, true)]
    [TestCase("admin", MspRoleType.Admin, true)]
    [TestCase("admin", MspRoleType.Client, false)]
    [TestCase("orderer", MspRoleType.Orderer, true)]
    [TestCase("orderer", MspRoleType.Peer, false)]
    public void Satisfies_RoleAgainstOu_MatchesFabric(string ou, MspRoleType role, bool expected)
    {
        var identity = _pki.Issue($"{ou}@org1.example.com", ou).Identity;

        Assert.That(PrincipalMatcher.Satisfies(_msp, identity, new MspPrincipal(TestPki.MspId, role)), Is.EqualTo(expected));
    }

    [Test]
    public void Satisfies_PrincipalOfOtherMsp_IsFalse()
    {
        var identity = _pki.Issue().Identity;

        Assert.That(PrincipalMatcher.Satisfies(_msp, identity, new MspPrincipal("Org2MSP", MspRoleType.Member)), Is.False);
    }

    [TestCase(MspRoleType.Client)]
    [TestCase(MspRoleType.Peer)]
    [TestCase(MspRoleType.Admin)]
    public void Satisfies_NodeOusDisabled_OnlyMemberMatches(MspRoleType role)
    {
        var msp = new MspDefinition(TestPki.MspId, [_pki.RootCertificate]);
        var identity = _pki.Issue(ou: "client").Identity;

        Assert.That(PrincipalMatcher.Satisfies(msp, identity, new MspPrincipal(TestPki.MspId, role)), Is.False);
        Assert.That(PrincipalMatcher.Satisfies(msp, identity, new MspPrincipal(TestPki.MspId, MspRoleType.Member)), Is.True);
    }

    [Test]
    public void Satisfies_UnknownCa_IsFalseEvenForMember()
    {
        using var other = TestPki.Create("evil.example.com");

        Assert.That(PrincipalMatcher.Satisfies(_msp, other.Issue().Identity, new MspPrincipal(TestPki.MspId, MspRoleType.Member)), Is.False);
    }

    [Test]
    public void ToString_Principal_UsesPolicyDslForm()
    {
        Assert.That(new MspPrincipal("Org1MSP", MspRoleType.Peer).ToString(), Is.EqualTo("Org1MSP.peer"));
    }
}
