using Fabric.Shim.Server;
using Fabric.Shim.Testing;

namespace Fabric.Shim.Tests.Server;

public sealed class ChaincodeEnvironmentTests
{
    [Test]
    public void Read_FabricSamplesNames_FillsAddressIdAndMspIdWithoutTls()
    {
        var options = ChaincodeEnvironment.Read(new Dictionary<string, string>
        {
            ["CHAINCODE_SERVER_ADDRESS"] = "0.0.0.0:9999",
            ["CHAINCODE_ID"] = "basic_1.0:abc",
            ["CORE_PEER_LOCALMSPID"] = "Org1MSP",
        });

        Assert.That(options.Address, Is.EqualTo("0.0.0.0:9999"));
        Assert.That(options.ChaincodeId, Is.EqualTo("basic_1.0:abc"));
        Assert.That(options.LocalMspId, Is.EqualTo("Org1MSP"));
        Assert.That(options.Tls, Is.Null);
    }

    [Test]
    public void Read_CoreChaincodeIdName_TakesPrecedenceOverChaincodeId()
    {
        var options = ChaincodeEnvironment.Read(new Dictionary<string, string>
        {
            ["CORE_CHAINCODE_ID_NAME"] = "basic_1.0:first",
            ["CHAINCODE_ID"] = "basic_1.0:second",
            ["CORE_CHAINCODE_ADDRESS"] = "127.0.0.1:7052",
        });

        Assert.That(options.ChaincodeId, Is.EqualTo("basic_1.0:first"));
        Assert.That(options.Address, Is.EqualTo("127.0.0.1:7052"));
    }

    [Test]
    public void Read_TlsFilesWithClientCa_EnablesMutualTls()
    {
        var directory = Directory.CreateTempSubdirectory("shim-env-");
        try
        {
            var ca = TestCertificates.CreateCa("CN=ca");
            var server = TestCertificates.CreateLeaf(ca, "CN=server", tlsServer: true);
            File.WriteAllText(Path.Combine(directory.FullName, "cert.pem"), TestCertificates.ToPem(server));
            File.WriteAllText(Path.Combine(directory.FullName, "key.pem"), TestCertificates.KeyToPem(server));
            File.WriteAllText(Path.Combine(directory.FullName, "ca.pem"), TestCertificates.ToPem(ca));

            var options = ChaincodeEnvironment.Read(new Dictionary<string, string>
            {
                ["CHAINCODE_SERVER_ADDRESS"] = "0.0.0.0:9999",
                ["CHAINCODE_ID"] = "basic_1.0:abc",
                ["CHAINCODE_TLS_DISABLED"] = "false",
                ["CHAINCODE_TLS_CERT"] = Path.Combine(directory.FullName, "cert.pem"),
                ["CHAINCODE_TLS_KEY"] = Path.Combine(directory.FullName, "key.pem"),
                ["CHAINCODE_CLIENT_CA_CERT"] = Path.Combine(directory.FullName, "ca.pem"),
            });

            Assert.That(options.Tls, Is.Not.Null);
            Assert.That(options.Tls!.ServerCertificate.Thumbprint, Is.EqualTo(server.Thumbprint));
            Assert.That(options.Tls.RequireClientCertificate, Is.True);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Read_TlsDisabledTrueWithCertificates_ServesPlaintext()
    {
        var options = ChaincodeEnvironment.Read(new Dictionary<string, string>
        {
            ["CHAINCODE_TLS_DISABLED"] = "true",
            ["CHAINCODE_TLS_CERT"] = "/nonexistent/cert.pem",
            ["CHAINCODE_TLS_KEY"] = "/nonexistent/key.pem",
        });

        Assert.That(options.Tls, Is.Null);
    }

    [Test]
    public void Read_TlsRequiredWithoutCertificate_ThrowsInvalidOperation() =>
        Assert.That(
            () => ChaincodeEnvironment.Read(new Dictionary<string, string> { ["CHAINCODE_TLS_DISABLED"] = "false" }),
            Throws.InvalidOperationException.With.Message.Contains("CHAINCODE_TLS_CERT"));

    [Test]
    public void Validate_MissingChaincodeId_ThrowsNamingTheVariable() =>
        Assert.That(
            () => new ChaincodeServerOptions { Address = "127.0.0.1:0" }.Validate(),
            Throws.InvalidOperationException.With.Message.Contains("CORE_CHAINCODE_ID_NAME"));

    [TestCase("0.0.0.0:9999", "0.0.0.0", 9999)]
    [TestCase(":7052", "", 7052)]
    [TestCase("[::1]:1234", "[::1]", 1234)]
    [TestCase("asset-transfer-basic.org1.example.com:9999", "asset-transfer-basic.org1.example.com", 9999)]
    public void ParseAddress_HostPort_SplitsHostAndPort(string address, string host, int port) =>
        Assert.That(ListenEndpoint.Parse(address), Is.EqualTo((host, port)));

    [TestCase("9999")]
    [TestCase("host:")]
    [TestCase("host:70000")]
    public void ParseAddress_NotHostPort_ThrowsFormatException(string address) =>
        Assert.That(() => ListenEndpoint.Parse(address), Throws.InstanceOf<FormatException>());
}
