using System.Text.Json.Nodes;

namespace MutualAid.Gateway.Demo;

/// <summary>Prints the steps of a walkthrough: a committed write with its transaction, or a refusal that was expected.</summary>
public sealed class DemoSteps(TextWriter output)
{
    /// <summary>Awaits a write that must succeed, prints it and returns its chaincode result.</summary>
    /// <exception cref="HttpRequestException">The gateway refused it.</exception>
    public async Task<JsonNode> DoAsync(string title, Task<ApiResult> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var result = await call.ConfigureAwait(false);
        var body = result.EnsureSuccess();
        await output.WriteLineAsync($"  {title}: {result.Status}, tx {Short(body["transactionId"])} in block {body["blockNumber"]}, {result.Attempts} attempt(s)")
            .ConfigureAwait(false);
        return body["result"]!;
    }

    /// <summary>Awaits a call the domain must refuse with <paramref name="code"/>, prints why and returns the problem.</summary>
    /// <exception cref="HttpRequestException">It succeeded, or was refused for another reason.</exception>
    public async Task<ApiResult> RefusedAsync(string title, Task<ApiResult> call, string code)
    {
        ArgumentNullException.ThrowIfNull(call);
        var result = await call.ConfigureAwait(false);
        if (result.Code != code)
        {
            throw new HttpRequestException($"{title}: expected {code}, the gateway answered {result.Status}: {result.Body?.ToJsonString()}");
        }

        await output.WriteLineAsync($"  {title}: refused {result.Status} {code} ({result.Body?["detail"]})").ConfigureAwait(false);
        return result;
    }

    /// <summary>Prints a line.</summary>
    public Task SayAsync(string line) => output.WriteLineAsync(line);

    private static string Short(JsonNode? id) => id?.GetValue<string>() is { Length: > 12 } text ? text[..12] + "…" : id?.ToString() ?? "-";
}
