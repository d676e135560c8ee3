using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Fabric.Client.Errors;
using Grpc.Core;

namespace MutualAid.DevNetwork.Tests.Tls;

/// <summary>
/// The peers requiring client certificates (Fabric's clientAuthRequired): a certificate from any organization's TLS
/// CA is accepted, none or one from an unknown CA is refused during the handshake.
/// </summary>
[NonParallelizable]
[CancelAfter(60_000)]
public class MutualTlsTests
{
    private TlsNetwork _network = null!;

    [OneTimeSetUp]
    public async Task StartNetwork() => _network = await TlsNetwork.StartAsync(clientAuthRequired: true);

    [OneTimeTearDown]
    public async Task StopNetwork() => await _network.DisposeAsync();

    [TestCase("InsurerMSP")]
    [TestCase("NgoMSP")]
    public async Task SubmitAndEvaluate_OrganizationTlsClientCertificate_Succeeds(string certificateOf)
    {
        var tls = Path.Combine(_network.UserDirectory(certificateOf), "tls");
        using var channel = _network.Channel(
            clientCertificatePem: File.ReadAllText(Path.Combine(tls, "client.crt")), clientKeyPem: File.ReadAllText(Path.Combine(tls, "client.key")));
        var contract = _network.Contract(channel);

        await contract.SubmitTransactionAsync("put", "mtls-" + certificateOf, "ok");
        var read = await contract.EvaluateTransactionAsync("get", "mtls-" + certificateOf);

        Assert.That(System.Text.Encoding.UTF8.GetString(read), Is.EqualTo("ok"));
    }

    [Test]
    public void Evaluate_NoClientCertificate_IsRefused()
    {
        using var channel = _network.Channel();
        var contract = _network.Contract(channel);

        var error = Assert.ThrowsAsync<EvaluateException>(() => contract.EvaluateTransactionAsync("get", "anything"));

        // Under TLS 1.3 the server checks the client's certificate after the client's side of the handshake, so the
        // refusal shows either as the connection closing before HTTP/2 starts or, when the server's alert arrives
        // first, as a failed handshake: which one is a race, refused is not.
        Assert.That(error!.StatusCode, Is.AnyOf(StatusCode.Unavailable, StatusCode.Internal));
    }

    [Test]
    public void Evaluate_ClientCertificateFromUnknownCa_IsRefused()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=User1@insurer.example.com", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], critical: false));
        using var stranger = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1));
        using var channel = _network.Channel(clientCertificatePem: stranger.ExportCertificatePem(), clientKeyPem: key.ExportPkcs8PrivateKeyPem());
        var contract = _network.Contract(channel);

        var error = Assert.ThrowsAsync<EvaluateException>(() => contract.EvaluateTransactionAsync("get", "anything"));

        // Under TLS 1.3 the server checks the client's certificate after the client's side of the handshake, so the
        // refusal shows either as the connection closing before HTTP/2 starts or, when the server's alert arrives
        // first, as a failed handshake: which one is a race, refused is not.
        Assert.That(error!.StatusCode, Is.AnyOf(StatusCode.Unavailable, StatusCode.Internal));
    }

    [Test]
    public async Task Submit_NodeClientWithTlsClientCertificate_Succeeds()
    {
        var client = new NodeTlsClient(_network.Profile(), "InsurerMSP", _network.UserDirectory()) { PresentClientCertificate = true };

        var results = await client.RunAsync("kv", new { op = "submit", fn = "put", args = new[] { "node-mtls", "yes" } });

        Assert.That(results[0]!["ok"]?.GetValue<string>(), Is.EqualTo("yes"), results.ToJsonString());
    }
}
