using System.Security.Cryptography.X509Certificates;
using Fabric.Shim.Server;
using Fabric.Shim.Testing;
using Fabric.Shim.Tests.Support;
using Grpc.Net.Client;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Tests.Server;

public sealed class TlsTests
{
    private static readonly IChaincode Echo = new DelegateChaincode(stub => Task.FromResult(ChaincodeResponses.Success(stub.FunctionName)));

    private X509Certificate2 _serverCa = null!;
    private X509Certificate2 _clientCa = null!;
    private X509Certificate2 _serverCertificate = null!;

    [OneTimeSetUp]
    public void CreateCertificates()
    {
        _serverCa = TestCertificates.CreateCa("CN=tlsca.chaincode");
        _clientCa = TestCertificates.CreateCa("CN=tlsca.org1.example.com");
        _serverCertificate = TestCertificates.CreateLeaf(_serverCa, "CN=asset-transfer-basic", tlsServer: true);
    }

    [OneTimeTearDown]
    public void DisposeCertificates()
    {
        _serverCa.Dispose();
        _clientCa.Dispose();
        _serverCertificate.Dispose();
    }

    [Test]
    public async Task Tls_ClientTrustingServerCa_RegistersAndRunsTransaction()
    {
        await using var server = await ShimHarness.StartServerAsync(Echo, tls: new ChaincodeTlsOptions(_serverCertificate));
        using var channel = Channel(server.Port, clientCertificate: null);

        var (peer, id) = await ScriptedPeer.ConnectAsync(channel);
        await using (peer)
        {
            await peer.SendAsync(ShimHarness.Transaction("OverTls"));
            var end = await peer.ExpectAsync(MessageType.Completed);

            Assert.That(id, Is.EqualTo(ShimHarness.ChaincodeId));
            Assert.That(Messages.ResponseOf(end).Payload.ToStringUtf8(), Is.EqualTo("OverTls"));
        }
    }

    [Test]
    public async Task MutualTls_ClientCertificateFromClientCa_IsAccepted()
    {
        var tls = new ChaincodeTlsOptions(_serverCertificate, [_clientCa]);
        await using var server = await ShimHarness.StartServerAsync(Echo, tls: tls);
        using var clientCertificate = TestCertificates.CreateLeaf(_clientCa, "CN=peer0.org1.example.com");
        using var channel = Channel(server.Port, clientCertificate);

        var (peer, id) = await ScriptedPeer.ConnectAsync(channel);
        await using (peer)
        {
            Assert.That(id, Is.EqualTo(ShimHarness.ChaincodeId));
        }
    }

    [Test]
    public async Task MutualTls_ClientWithoutCertificate_IsRefused()
    {
        var tls = new ChaincodeTlsOptions(_serverCertificate, [_clientCa]);
        await using var server = await ShimHarness.StartServerAsync(Echo, tls: tls);
        using var channel = Channel(server.Port, clientCertificate: null);
        await using var peer = ScriptedPeer.Open(channel);

        Assert.That(async () => await peer.ReceiveAsync(), Throws.InstanceOf<InvalidOperationException>());
        Assert.That(peer.EndStatus?.StatusCode, Is.Not.EqualTo(Grpc.Core.StatusCode.OK));
    }

    [Test]
    public async Task MutualTls_ClientCertificateFromOtherCa_IsRefused()
    {
        var tls = new ChaincodeTlsOptions(_serverCertificate, [_clientCa]);
        await using var server = await ShimHarness.StartServerAsync(Echo, tls: tls);
        using var stranger = TestCertificates.CreateLeaf(TestCertificates.CreateCa("CN=stranger-ca"), "CN=intruder");
        using var channel = Channel(server.Port, stranger);
        await using var peer = ScriptedPeer.Open(channel);

        Assert.That(async () => await peer.ReceiveAsync(), Throws.InstanceOf<InvalidOperationException>());
    }

    [Test]
    public void ChaincodeTlsOptions_CertificateWithoutKey_ThrowsArgumentException()
    {
        using var publicOnly = X509CertificateLoader.LoadCertificate(_serverCertificate.RawData);

        Assert.That(() => new ChaincodeTlsOptions(publicOnly), Throws.ArgumentException);
    }

    private GrpcChannel Channel(int port, X509Certificate2? clientCertificate)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(_serverCa);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return certificate is X509Certificate2 server && chain.Build(server);
        };
        if (clientCertificate is not null)
        {
            handler.SslOptions.ClientCertificates = [clientCertificate];
        }

        return GrpcChannel.ForAddress($"https://127.0.0.1:{port}", new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }
}
