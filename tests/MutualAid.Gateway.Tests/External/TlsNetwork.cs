using System.Text.Json.Nodes;
using Fabric.Shim.Server;
using MutualAid.Chaincode;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Hosting;

namespace MutualAid.Gateway.Tests.External;

/// <summary>
/// A stand-in for a real Fabric network: the mutual-aid chaincode as a chaincode-as-a-service server and the
/// development network serving TLS on free ports, as the embedded default starts them, in a temporary folder.
/// </summary>
internal sealed class TlsNetwork : IAsyncDisposable
{
    private readonly MutualAidChaincode _chaincode;
    private readonly ChaincodeServer _server;

    private TlsNetwork(MutualAidChaincode chaincode, ChaincodeServer server, DevNetworkHost host, string directory)
    {
        _chaincode = chaincode;
        _server = server;
        Host = host;
        Directory = directory;
    }

    public DevNetworkHost Host { get; }

    /// <summary>The temporary folder: the network's data under <c>network/</c>, room for the gateways' beside it.</summary>
    public string Directory { get; }

    public static async Task<TlsNetwork> StartAsync(CancellationToken cancellationToken)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("mutualaid-external-").FullName;
        var chaincode = new MutualAidChaincode();
        var server = new ChaincodeServer(chaincode, new ChaincodeServerOptions { Address = "127.0.0.1:0", ChaincodeId = "mutualaid:1.0" });
        await server.StartAsync(cancellationToken);
        var defaults = DefaultNetwork.Create();
        var config = defaults with
        {
            Organizations = [.. defaults.Organizations.Select(o => o with { Peers = [.. o.Peers.Select(p => p with { Port = 0 })] })],
            Tls = new TlsConfig { Enabled = true },
            Chaincodes =
            [
                new ChaincodeConfig
                {
                    Name = "mutualaid",
                    Address = $"127.0.0.1:{server.Port}",
                    Collections = [new CollectionConfig { Name = "insurerNgoPrivate", Policy = "OR('InsurerMSP.member', 'NgoMSP.member')" }],
                },
            ],
        };
        var host = await DevNetworkHost.StartAsync(config, Path.Combine(directory, "network"), new Dictionary<string, string>()).WaitAsync(cancellationToken);
        return new TlsNetwork(chaincode, server, host, directory);
    }

    /// <summary>The organization's folder in the generated material (<c>peerOrganizations/&lt;domain&gt;</c>).</summary>
    public string OrganizationDirectory(string mspId) =>
        Path.Combine(Host.OrganizationsDirectory, "peerOrganizations", Host.Config.Organizations.Single(o => o.MspId == mspId).Domain);

    /// <summary>The organization's TLS CA certificate file, <c>tlsca/tlsca.&lt;domain&gt;-cert.pem</c>.</summary>
    public string TlsRootFile(string mspId) =>
        System.IO.Directory.GetFiles(Path.Combine(OrganizationDirectory(mspId), "tlsca"), "*-cert.pem").Single();

    /// <summary>The URL of the organization's peer as its connection profile names it (<c>grpcs://127.0.0.1:port</c>).</summary>
    public string ProfileUrl(string mspId)
    {
        var profile = System.IO.Directory.GetFiles(OrganizationDirectory(mspId), "connection-*.json").Single();
        return JsonNode.Parse(File.ReadAllText(profile))!["peers"]!.AsObject().Single().Value!["url"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _server.DisposeAsync();
        _chaincode.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
