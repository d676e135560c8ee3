using System.Text.Json;
using System.Text.Json.Nodes;
using NodeInterop.Support;

namespace MutualAid.DevNetwork.Tests.Tls;

/// <summary>
/// Runs steps through the official Node gateway client (@hyperledger/fabric-gateway 1.11.0) over TLS: the endpoint
/// and TLS root come from a connection profile, and a user's TLS client certificate is presented when given.
/// </summary>
internal sealed class NodeTlsClient(PeerProfile peer, string mspId, string userDirectory)
{
    /// <summary>True to present the user's <c>tls/client.crt</c> (mutual TLS).</summary>
    public bool PresentClientCertificate { get; init; }

    public async Task<JsonArray> RunAsync(string chaincode, params object[] steps)
    {
        var spec = new
        {
            endpoint = peer.Target,
            tlsRootCert = peer.TlsRootPem,
            serverNameOverride = peer.HostName,
            tlsClientCertPath = PresentClientCertificate ? Path.Combine(userDirectory, "tls", "client.crt") : null,
            tlsClientKeyPath = PresentClientCertificate ? Path.Combine(userDirectory, "tls", "client.key") : null,
            mspId,
            certPath = Directory.GetFiles(Path.Combine(userDirectory, "msp", "signcerts")).Single(),
            keyPath = Directory.GetFiles(Path.Combine(userDirectory, "msp", "keystore")).Single(),
            channel = TlsNetwork.ChannelName,
            chaincode,
            steps,
        };
        var output = await NodeScript.RunAsync("gateway/client.js", JsonSerializer.Serialize(spec));
        return JsonNode.Parse(output)!.AsArray();
    }
}
