using MutualAid.DevNetwork.Configuration;

namespace MutualAid.Chaincode.Tests.EndToEnd;

/// <summary>The example configuration shipped beside the chaincode (<c>devnetwork.json</c>).</summary>
[CancelAfter(10_000)]
public sealed class DevNetworkConfigTests
{
    private static string ExampleFile => Path.Combine(TestContext.CurrentContext.TestDirectory, "devnetwork.json");

    [Test]
    public void Load_ExampleFile_DefinesTheChaincodeWithItsCollection()
    {
        var config = NetworkConfig.Load(ExampleFile);

        var chaincode = config.Chaincodes.Single();
        Assert.That(chaincode.Name, Is.EqualTo("mutualaid"));
        Assert.That(chaincode.Address, Is.EqualTo("127.0.0.1:9999"));
        Assert.That(chaincode.Collections.Select(c => (c.Name, c.Policy)),
            Is.EqualTo(new[] { ("insurerNgoPrivate", "OR('InsurerMSP.member', 'NgoMSP.member')") }));
    }

    [Test]
    public void Load_ExampleFile_OtherwiseTheDefaultConsortium()
    {
        var config = NetworkConfig.Load(ExampleFile);
        var defaults = DefaultNetwork.Create();

        Assert.That(config.Organizations.Select(o => (o.MspId, o.Domain, o.Peers.Single().Port)),
            Is.EqualTo(defaults.Organizations.Select(o => (o.MspId, o.Domain, o.Peers.Single().Port))));
        Assert.That(config.Organizations.SelectMany(o => o.Users.Select(u => $"{o.MspId}/{u.Name}/{string.Join(",", u.Attributes.Select(a => $"{a.Key}={a.Value}"))}")),
            Is.EqualTo(defaults.Organizations.SelectMany(o => o.Users.Select(u => $"{o.MspId}/{u.Name}/{string.Join(",", u.Attributes.Select(a => $"{a.Key}={a.Value}"))}"))));
        Assert.That(config.Channels.Single(), Is.EqualTo(defaults.Channels.Single()).Using<ChannelConfig>((a, b) =>
            a.Name == b.Name && a.EndorsementPolicy == b.EndorsementPolicy && a.Readers.SequenceEqual(b.Readers) && a.Writers.SequenceEqual(b.Writers)));
        Assert.That(config.Orderer, Is.EqualTo(defaults.Orderer));
    }
}
