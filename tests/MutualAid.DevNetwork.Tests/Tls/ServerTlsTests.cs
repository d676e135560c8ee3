using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Fabric.Client.Errors;
using Grpc.Core;

namespace MutualAid.DevNetwork.Tests.Tls;

/// <summary>
/// The peers serving TLS (no client authentication): Fabric.Client and the official Node client reach them with the
/// TLS root of the connection profile, each port presents its own peer's certificate, and a client trusting another
/// CA is refused.
/// </summary>
[NonParallelizable]
[CancelAfter(60_000)]
public class ServerTlsTests
{
    private TlsNetwork _network = null!;

    [OneTimeSetUp]
    public async Task StartNetwork() => _network = await TlsNetwork.StartAsync();

    [OneTimeTearDown]
    public async Task StopNetwork() => await _network.DisposeAsync();

    [Test]
    public void ConnectionProfile_TlsOn_NamesGrpcsUrlAndTheOrganizationsTlsRoot()
    {
        var profile = _network.Profile("NgoMSP");
        var root = File.ReadAllText(Path.Combine(_network.OrganizationDirectory("NgoMSP"), "tlsca", "tlsca.ngo.example.com-cert.pem"));

        Assert.That(profile.Url, Does.StartWith("grpcs://127.0.0.1:"));
        Assert.That(profile.HostName, Is.EqualTo("peer0.ngo.example.com"));
        Assert.That(profile.TlsRootPem, Is.EqualTo(root));
    }

    [Test]
    public async Task SubmitAndEvaluate_FabricClientTrustingProfileRoot_ReturnsCommittedValue()
    {
        using var channel = _network.Channel();
        var contract = _network.Contract(channel);

        var submitted = await contract.SubmitTransactionAsync("put", "tls-color", "green");
        var read = await contract.EvaluateTransactionAsync("get", "tls-color");

        Assert.That(System.Text.Encoding.UTF8.GetString(submitted), Is.EqualTo("green"));
        Assert.That(System.Text.Encoding.UTF8.GetString(read), Is.EqualTo("green"));
    }

    [Test]
    public void Evaluate_ClientTrustingAnotherCa_IsRefused()
    {
        using var channel = _network.Channel("InsurerMSP", rootPem: _network.Profile("NgoMSP").TlsRootPem);
        var contract = _network.Contract(channel);

        var error = Assert.ThrowsAsync<EvaluateException>(() => contract.EvaluateTransactionAsync("get", "tls-color"));

        // A certificate the client does not trust is final, not transient: gRPC reports INTERNAL, and nothing is retried.
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.Internal));
        Assert.That(Causes(error).OfType<AuthenticationException>(), Is.Not.Empty);
    }

    [Test]
    public void Evaluate_ServerNameOverrideTheCertificateDoesNotName_IsRefused()
    {
        var profile = _network.Profile();
        using var channel = Fabric.Client.Connections.GrpcChannels.ForTls(profile.HttpsAddress, profile.TlsRootPem, serverNameOverride: "peer0.ngo.example.com");
        var contract = _network.Contract(channel);

        var error = Assert.ThrowsAsync<EvaluateException>(() => contract.EvaluateTransactionAsync("get", "tls-color"));

        Assert.That(Causes(error!).OfType<AuthenticationException>(), Is.Not.Empty);
    }

    [TestCase("InsurerMSP")]
    [TestCase("NgoMSP")]
    [TestCase("RegulatorMSP")]
    public async Task Handshake_EachPeerPort_PresentsThatPeersCertificateAndNegotiatesHttp2(string mspId)
    {
        var profile = _network.Profile(mspId);
        var expected = File.ReadAllText(Path.Combine(_network.OrganizationDirectory(mspId), "peers", profile.HostName, "tls", "server.crt"));
        var port = int.Parse(profile.Url[(profile.Url.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port);
        await using var tls = new SslStream(tcp.GetStream());
        using var root = X509Certificate2.CreateFromPem(profile.TlsRootPem);
        X509Certificate2? presented = null;
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = profile.HostName,
            ApplicationProtocols = [SslApplicationProtocol.Http2],
            RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
            {
                presented = X509CertificateLoader.LoadCertificate(certificate!.GetRawCertData());
                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(root);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0 && chain.Build(presented);
            },
        });
        using var server = presented!;
        using var file = X509Certificate2.CreateFromPem(expected);

        Assert.That(server.Thumbprint, Is.EqualTo(file.Thumbprint));
        Assert.That(server.GetNameInfo(X509NameType.SimpleName, forIssuer: false), Is.EqualTo(profile.HostName));
        Assert.That(new[] { profile.HostName, "localhost", "127.0.0.1" }.Select(name => server.MatchesHostname(name)), Is.All.True);
        Assert.That(tls.NegotiatedApplicationProtocol, Is.EqualTo(SslApplicationProtocol.Http2));
    }

    [Test]
    public async Task SubmitAndEvaluate_NodeClientOverTls_ReturnsCommittedValue()
    {
        var client = new NodeTlsClient(_network.Profile(), "InsurerMSP", _network.UserDirectory());

        var results = await client.RunAsync("kv",
            new { op = "submit", fn = "put", args = new[] { "node-tls", "yes" } },
            new { op = "evaluate", fn = "get", args = new[] { "node-tls" } });

        Assert.That(results[0]!["ok"]?.GetValue<string>(), Is.EqualTo("yes"), results.ToJsonString());
        Assert.That(results[1]!["ok"]?.GetValue<string>(), Is.EqualTo("yes"), results.ToJsonString());
    }

    private static IEnumerable<Exception> Causes(Exception error)
    {
        for (var cause = error.InnerException; cause is not null; cause = cause.InnerException)
        {
            yield return cause;
        }
    }
}
