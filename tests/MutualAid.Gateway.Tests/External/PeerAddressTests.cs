using MutualAid.Gateway.Hosting;

namespace MutualAid.Gateway.Tests.External;

/// <summary>The peer endpoint forms external mode accepts.</summary>
public sealed class PeerAddressTests
{
    [TestCase("grpcs://127.0.0.1:7051", true, "https://127.0.0.1:7051")]
    [TestCase("https://peer0.org1.example.com:7051", true, "https://peer0.org1.example.com:7051")]
    [TestCase("peer0.org1.example.com:7051", true, "https://peer0.org1.example.com:7051")]
    [TestCase("grpc://127.0.0.1:7051", false, "http://127.0.0.1:7051")]
    [TestCase("127.0.0.1:7051", false, "http://127.0.0.1:7051")]
    public void ToHttp_ProfileOrHostPort_GivesTheGrpcClientsAddress(string endpoint, bool tls, string expected) =>
        Assert.That(PeerAddress.ToHttp(endpoint, tls), Is.EqualTo(expected));

    [TestCase("grpc://127.0.0.1:7051")]
    [TestCase("http://127.0.0.1:7051")]
    public void ToHttp_TlsRootWithPlaintextScheme_IsRefused(string endpoint) =>
        Assert.Throws<InvalidOperationException>(() => PeerAddress.ToHttp(endpoint, tls: true));

    [Test]
    public void ToHttp_UnknownScheme_IsRefused() =>
        Assert.Throws<InvalidOperationException>(() => PeerAddress.ToHttp("tcp://127.0.0.1:7051", tls: false));
}
