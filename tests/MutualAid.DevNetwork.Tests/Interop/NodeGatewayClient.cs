using System.Text.Json;
using System.Text.Json.Nodes;
using NodeInterop.Support;

namespace MutualAid.DevNetwork.Tests.Interop;

/// <summary>Runs steps through the official Node gateway client (@hyperledger/fabric-gateway 1.11.0) as a given user.</summary>
internal sealed class NodeGatewayClient(string endpoint, string mspId, string userDirectory)
{
    public bool ForgeSignatures { get; init; }

    public async Task<JsonArray> RunAsync(string chaincode, params object[] steps)
    {
        var spec = new
        {
            endpoint,
            mspId,
            certPath = Directory.GetFiles(Path.Combine(userDirectory, "msp", "signcerts")).Single(),
            keyPath = Directory.GetFiles(Path.Combine(userDirectory, "msp", "keystore")).Single(),
            channel = "mutualaid",
            chaincode,
            forgeSignatures = ForgeSignatures,
            steps,
        };
        var output = await NodeScript.RunAsync("gateway/client.js", JsonSerializer.Serialize(spec));
        return JsonNode.Parse(output)!.AsArray();
    }
}
