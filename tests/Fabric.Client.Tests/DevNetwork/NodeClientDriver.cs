using System.Text.Json;
using System.Text.Json.Nodes;
using NodeInterop.Support;

namespace Fabric.Client.Tests.DevNetwork;

/// <summary>
/// Runs steps through the official Node gateway client (<c>gateway/client.js</c>, @hyperledger/fabric-gateway
/// 1.11.0) as one user of one organization; each step answers <c>{"ok": …}</c> or <c>{"error": …}</c>.
/// </summary>
internal sealed class NodeClientDriver(string endpoint, string mspId, string userDirectory, string channel)
{
    /// <summary>Runs <paramref name="steps"/> in order in one Node process and returns one result per step.</summary>
    /// <exception cref="InvalidOperationException">The script failed as a whole.</exception>
    public async Task<JsonArray> RunAsync(string chaincode, params object[] steps)
    {
        var spec = new
        {
            endpoint,
            mspId,
            certPath = Directory.GetFiles(Path.Combine(userDirectory, "msp", "signcerts")).Single(),
            keyPath = Directory.GetFiles(Path.Combine(userDirectory, "msp", "keystore")).Single(),
            channel,
            chaincode,
            forgeSignatures = false,
            steps,
        };
        var output = await NodeScript.RunAsync("gateway/client.js", JsonSerializer.Serialize(spec));
        return JsonNode.Parse(output)!.AsArray();
    }

    /// <summary>The <c>ok</c> value of a step result as a string.</summary>
    /// <exception cref="AssertionException">The step failed.</exception>
    public static string Ok(JsonNode? result) =>
        result?["ok"]?.GetValue<string>() ?? throw new AssertionException($"the Node step failed: {result?.ToJsonString()}");
}
