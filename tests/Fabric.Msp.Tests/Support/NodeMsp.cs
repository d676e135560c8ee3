using System.Text.Json;
using NodeInterop.Support;

namespace Fabric.Msp.Tests.Support;

/// <summary>Runs the scripts in the Node interop package's msp/ folder with JSON in and out.</summary>
internal static class NodeMsp
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<T> RunAsync<T>(string script, object input)
    {
        var output = await NodeScript.RunAsync($"msp/{script}", JsonSerializer.Serialize(input, Json));
        return JsonSerializer.Deserialize<T>(output, Json)
            ?? throw new InvalidOperationException($"{script} printed no JSON");
    }

    internal sealed record VerifyResult(bool Verified, bool Der, bool LowS);

    internal sealed record ProposalResult(string TransactionId, string Nonce, string Creator);
}
