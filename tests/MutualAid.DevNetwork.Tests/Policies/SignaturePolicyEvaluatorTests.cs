using Fabric.Protos.Common;
using MutualAid.DevNetwork.Policies;

namespace MutualAid.DevNetwork.Tests.Policies;

public class SignaturePolicyEvaluatorTests
{
    [TestCase("AND('InsurerMSP.peer', 'NgoMSP.peer')", "InsurerMSP.peer,NgoMSP.peer", true)]
    [TestCase("AND('InsurerMSP.peer', 'NgoMSP.peer')", "InsurerMSP.peer", false)]
    [TestCase("AND('InsurerMSP.peer', 'NgoMSP.peer')", "InsurerMSP.peer,RegulatorMSP.peer", false)]
    [TestCase("OR('InsurerMSP.peer', 'NgoMSP.peer')", "NgoMSP.peer", true)]
    [TestCase("OutOf(2, 'A.member', 'B.member', 'C.member')", "C.peer,A.client", true)]
    [TestCase("OutOf(2, 'A.member', 'B.member', 'C.member')", "C.peer", false)]
    [TestCase("AND('A.admin', 'A.member')", "A.admin", false)]
    [TestCase("AND('A.admin', 'A.member')", "A.admin,A.client", true)]
    [TestCase("AND('A.peer', 'A.peer')", "A.peer", false)]
    public void IsSatisfied_Signers_FollowsFabricSemantics(string policy, string signers, bool expected)
    {
        var envelope = SignaturePolicyCompiler.Compile(policy);
        var identities = signers.Split(',').Select(s => s.Split('.')).Select(p => (Msp: p[0], Role: p[1])).ToList();

        var satisfied = SignaturePolicyEvaluator.IsSatisfied(envelope, identities, Matches);

        Assert.That(satisfied, Is.EqualTo(expected));
    }

    [Test]
    public void IsSatisfied_SignerUsedByFirstRule_CannotSatisfySecond()
    {
        // OutOf(2, A.member, A.client) with one client signer: the first rule uses it up.
        var envelope = SignaturePolicyCompiler.Compile("OutOf(2, 'A.member', 'A.client')");

        var satisfied = SignaturePolicyEvaluator.IsSatisfied(envelope, [("A", "client")], Matches);

        Assert.That(satisfied, Is.False);
    }

    [Test]
    public void Compile_And_ProducesIndexedRolePrincipals()
    {
        var envelope = SignaturePolicyCompiler.Compile("AND('InsurerMSP.peer', 'NgoMSP.member')");

        var roles = envelope.Identities.Select(i => MSPRole.Parser.ParseFrom(i.Principal)).ToList();
        Assert.That(envelope.Rule.NOutOf.N, Is.EqualTo(2));
        Assert.That(envelope.Rule.NOutOf.Rules.Select(r => r.SignedBy), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(roles[0].MspIdentifier, Is.EqualTo("InsurerMSP"));
        Assert.That(roles[0].Role, Is.EqualTo(MSPRole.Types.MSPRoleType.Peer));
        Assert.That(roles[1].Role, Is.EqualTo(MSPRole.Types.MSPRoleType.Member));
    }

    private static bool Matches(MSPPrincipal principal, (string Msp, string Role) identity)
    {
        var role = MSPRole.Parser.ParseFrom(principal.Principal);
        return role.MspIdentifier == identity.Msp
            && (role.Role == MSPRole.Types.MSPRoleType.Member
                || role.Role.ToString().Equals(identity.Role, StringComparison.OrdinalIgnoreCase));
    }
}
