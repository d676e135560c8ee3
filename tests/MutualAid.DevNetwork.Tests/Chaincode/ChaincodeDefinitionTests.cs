using MutualAid.DevNetwork.Chaincode;
using MutualAid.DevNetwork.Policies;

namespace MutualAid.DevNetwork.Tests.Chaincode;

public class ChaincodeDefinitionTests
{
    [TestCase(null, "basic", true)]
    [TestCase(null, "basic:1.0", true)]
    [TestCase(null, "basic:anything-else", true)]
    [TestCase(null, "basicx", false)]
    [TestCase(null, "other:1.0", false)]
    [TestCase("basic_1.0:ab12", "basic_1.0:ab12", true)]
    [TestCase("basic_1.0:ab12", "basic", false)]
    [TestCase("basic_1.0:ab12", "basic_1.0:ff00", false)]
    public void Accepts_RegisteredId_MatchesPackageIdOrDevelopmentShortcut(string? packageId, string registered, bool accepted)
    {
        var definition = new ChaincodeDefinition
        {
            Name = "basic",
            PackageId = packageId,
            EndorsementPolicy = SignaturePolicyCompiler.Compile("OR('A.peer')"),
            Endpoint = new ChaincodeEndpoint("127.0.0.1:1", TimeSpan.FromSeconds(1)),
        };

        Assert.That(definition.Accepts(registered), Is.EqualTo(accepted));
    }
}
