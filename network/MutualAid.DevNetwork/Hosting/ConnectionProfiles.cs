using System.Text.Json;
using System.Text.Json.Nodes;
using MutualAid.DevNetwork.Configuration;

namespace MutualAid.DevNetwork.Hosting;

/// <summary>
/// Writes a Fabric common connection profile per organization, <c>connection-&lt;org&gt;.json</c> in
/// the organization's folder as Fabric's test network does, naming its peers' endpoints and TLS roots. The URLs are
/// <c>grpcs://</c> when the peers serve TLS and <c>grpc://</c> when they serve plaintext.
/// </summary>
public static class ConnectionProfiles
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes the profiles; <paramref name="peerPorts"/> maps peer host names to their ports.</summary>
    public static void Write(string organizationsDirectory, NetworkConfig config, IReadOnlyDictionary<string, int> peerPorts)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(peerPorts);
        var scheme = config.Tls.Enabled ? "grpcs" : "grpc";
        foreach (var organization in config.Organizations)
        {
            var folder = Path.Combine(organizationsDirectory, "peerOrganizations", organization.Domain);
            var tlsRoot = File.ReadAllText(Path.Combine(folder, "tlsca", $"tlsca.{organization.Domain}-cert.pem"));
            var peers = new JsonObject();
            foreach (var peer in organization.Peers)
            {
                var host = $"{peer.Name}.{organization.Domain}";
                peers[host] = new JsonObject
                {
                    ["url"] = $"{scheme}://127.0.0.1:{peerPorts[host]}",
                    ["tlsCACerts"] = new JsonObject { ["pem"] = tlsRoot },
                    ["grpcOptions"] = new JsonObject { ["ssl-target-name-override"] = host, ["hostnameOverride"] = host },
                };
            }

            var profile = new JsonObject
            {
                ["name"] = $"mutualaid-{organization.Name.ToLowerInvariant()}",
                ["version"] = "1.0.0",
                ["client"] = new JsonObject
                {
                    ["organization"] = organization.Name,
                    ["connection"] = new JsonObject { ["timeout"] = new JsonObject { ["peer"] = new JsonObject { ["endorser"] = "300" } } },
                },
                ["organizations"] = new JsonObject
                {
                    [organization.Name] = new JsonObject
                    {
                        ["mspid"] = organization.MspId,
                        ["peers"] = new JsonArray(organization.Peers.Select(p => (JsonNode)$"{p.Name}.{organization.Domain}").ToArray()),
                    },
                },
                ["peers"] = peers,
            };
            File.WriteAllText(Path.Combine(folder, $"connection-{organization.Name.ToLowerInvariant()}.json"), profile.ToJsonString(Indented));
        }
    }
}
