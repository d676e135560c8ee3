using System.Text.Json.Nodes;
using Fabric.Client;
using Fabric.Client.Connections;
using Fabric.Client.Resilience;
using Fabric.Msp.DevCa;
using Fabric.Msp.Signing;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Net.Client;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Hosting;
using MutualAid.DevNetwork.Tests.Chaincode;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace MutualAid.DevNetwork.Tests.Tls;

/// <summary>
/// The default consortium serving TLS on free ports (optionally requiring client certificates), with a scripted
/// key-value chaincode "kv" ("put k v" writes, "get k" reads), and what a client needs to reach a peer: the
/// endpoint and TLS root from the organization's connection profile, and the users' TLS client credentials.
/// </summary>
internal sealed class TlsNetwork : IAsyncDisposable
{
    public const string ChannelName = "mutualaid";

    private readonly ScriptedChaincode _chaincode;
    private readonly string _directory;

    private TlsNetwork(DevNetworkHost host, ScriptedChaincode chaincode, string directory)
    {
        Host = host;
        _chaincode = chaincode;
        _directory = directory;
    }

    public DevNetworkHost Host { get; }

    /// <summary>No retries and no circuit breaker, so a refused connection fails at once.</summary>
    public static GatewayOptions NoRetries => new()
    {
        Resilience = new FabricResilienceOptions
        {
            Evaluate = new RetrySettings(0, TimeSpan.Zero, TimeSpan.Zero),
            Endorse = new RetrySettings(0, TimeSpan.Zero, TimeSpan.Zero),
            CommitStatus = new RetrySettings(0, TimeSpan.Zero, TimeSpan.Zero),
            CircuitBreaker = new CircuitBreakerSettings(false, 0.5, 10, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(15)),
        },
    };

    public static async Task<TlsNetwork> StartAsync(bool clientAuthRequired = false)
    {
        var directory = Directory.CreateTempSubdirectory("devnet-tls-").FullName;
        var chaincode = await ScriptedChaincode.StartAsync("kv:1", KeyValueBody);
        var config = TestNetworks.OnFreePorts() with
        {
            Tls = new TlsConfig { Enabled = true, ClientAuthRequired = clientAuthRequired },
            Chaincodes = [new ChaincodeConfig { Name = "kv", Address = chaincode.Address }],
        };
        var host = await DevNetworkHost.StartAsync(config, directory, new Dictionary<string, string>());
        return new TlsNetwork(host, chaincode, directory);
    }

    /// <summary>The peer of <paramref name="mspId"/> as its connection profile names it.</summary>
    public PeerProfile Profile(string mspId = "InsurerMSP")
    {
        var organization = Host.Config.Organizations.Single(o => o.MspId == mspId);
        var file = Path.Combine(OrganizationDirectory(mspId), $"connection-{organization.Name.ToLowerInvariant()}.json");
        var peer = JsonNode.Parse(File.ReadAllText(file))!["peers"]!.AsObject().First();
        return new PeerProfile(peer.Key, peer.Value!["url"]!.GetValue<string>(), peer.Value!["tlsCACerts"]!["pem"]!.GetValue<string>());
    }

    /// <summary>The organization's folder (<c>peerOrganizations/&lt;domain&gt;</c>).</summary>
    public string OrganizationDirectory(string mspId = "InsurerMSP") =>
        Path.Combine(Host.OrganizationsDirectory, "peerOrganizations", Host.Config.Organizations.Single(o => o.MspId == mspId).Domain);

    /// <summary>A user's folder (<c>msp/</c> and <c>tls/</c>).</summary>
    public string UserDirectory(string mspId = "InsurerMSP", string user = "User1")
    {
        var domain = Host.Config.Organizations.Single(o => o.MspId == mspId).Domain;
        return Path.Combine(OrganizationDirectory(mspId), "users", $"{user}@{domain}");
    }

    public SigningIdentity User(string mspId = "InsurerMSP", string user = "User1")
    {
        var organization = ConsortiumSpec.From(Host.Config).PeerOrganizations.Single(o => o.MspId == mspId);
        return DevCryptoMaterial.LoadUser(Host.OrganizationsDirectory, organization, user);
    }

    /// <summary>A TLS channel to the peer of <paramref name="mspId"/> trusting <paramref name="rootPem"/> (its profile's root by default).</summary>
    public GrpcChannel Channel(string mspId = "InsurerMSP", string? rootPem = null, string? clientCertificatePem = null, string? clientKeyPem = null)
    {
        var profile = Profile(mspId);
        return GrpcChannels.ForTls(profile.HttpsAddress, rootPem ?? profile.TlsRootPem, clientCertificatePem, clientKeyPem, profile.HostName);
    }

    /// <summary>The "kv" contract of the insurer's User1 through <paramref name="channel"/>.</summary>
    public Contract Contract(GrpcChannel channel) =>
        global::Fabric.Client.Gateway.Connect(channel, User(), NoRetries).GetNetwork(ChannelName).GetContract("kv");

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _chaincode.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<ChaincodeMessage> KeyValueBody(ChaincodeMessage transaction, Func<MessageType, IMessage, Task<ChaincodeMessage>> request)
    {
        var args = ChaincodeInput.Parser.ParseFrom(transaction.Payload).Args.Select(a => a.ToStringUtf8()).ToArray();
        var response = new Response { Status = 200 };
        switch (args)
        {
            case ["put", var key, var value]:
                await request(MessageType.PutState, new PutState { Key = key, Value = ByteString.CopyFromUtf8(value) });
                response.Payload = ByteString.CopyFromUtf8(value);
                break;
            case ["get", var key]:
                response.Payload = (await request(MessageType.GetState, new GetState { Key = key })).Payload;
                break;
            default:
                response = new Response { Status = 400, Message = "unknown function" };
                break;
        }

        return new ChaincodeMessage { Type = MessageType.Completed, Payload = response.ToByteString() };
    }
}

/// <summary>A peer entry of a connection profile.</summary>
/// <param name="HostName">The peer's host name, e.g. <c>peer0.insurer.example.com</c>.</param>
/// <param name="Url">Its URL, e.g. <c>grpcs://127.0.0.1:7051</c>.</param>
/// <param name="TlsRootPem">Its organization's TLS CA certificate.</param>
internal sealed record PeerProfile(string HostName, string Url, string TlsRootPem)
{
    /// <summary>The address as .NET's gRPC client takes it (<c>https://host:port</c>).</summary>
    public string HttpsAddress => "https://" + Url[(Url.IndexOf("://", StringComparison.Ordinal) + 3)..];

    /// <summary>The address as grpc-js takes it (<c>host:port</c>).</summary>
    public string Target => Url[(Url.IndexOf("://", StringComparison.Ordinal) + 3)..];
}
