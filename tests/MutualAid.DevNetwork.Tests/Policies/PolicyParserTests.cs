using MutualAid.DevNetwork.Policies;

namespace MutualAid.DevNetwork.Tests.Policies;

public class PolicyParserTests
{
    [Test]
    public void Parse_AndOfTwoMembers_IsTwoOutOfTwo()
    {
        var policy = PolicyParser.Parse("AND('InsurerMSP.member', 'NgoMSP.member')");

        Assert.That(policy, Is.EqualTo(new OutOf(2, [
            new SignedBy("InsurerMSP", PrincipalRole.Member), new SignedBy("NgoMSP", PrincipalRole.Member)]))
            .Using<PolicyExpression>(Structural));
    }

    [Test]
    public void Parse_NestedOutOfWithDoubleQuotes_KeepsStructure()
    {
        var policy = PolicyParser.Parse("OutOf(2, \"A.peer\", OR('B.admin', 'C.client'), 'D.orderer')");

        Assert.That(policy.ToString(), Is.EqualTo("OutOf(2, 'A.peer', OutOf(1, 'B.admin', 'C.client'), 'D.orderer')"));
    }

    [TestCase("AND('A.member'")]
    [TestCase("XOR('A.member')")]
    [TestCase("AND('A.boss')")]
    [TestCase("OutOf(3, 'A.member', 'B.member')")]
    [TestCase("OutOf(0, 'A.member')")]
    [TestCase("AND('A.member') trailing")]
    [TestCase("'Amember'")]
    public void Parse_Malformed_ThrowsFormatException(string text)
    {
        Assert.That(() => PolicyParser.Parse(text), Throws.InstanceOf<FormatException>());
    }

    private static bool Structural(PolicyExpression x, PolicyExpression y) => x.ToString() == y.ToString();
}
