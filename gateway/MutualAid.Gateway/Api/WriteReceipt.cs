using System.Text;
using System.Text.Json.Nodes;
using Fabric.Client;

namespace MutualAid.Gateway.Api;

/// <summary>
/// The body of a committed write: the chaincode's result and the transaction that committed it
/// (<c>{"transactionId":…,"blockNumber":…,"attempts":…,"result":{…}}</c>); <c>attempts</c> counts MVCC re-runs.
/// </summary>
public static class WriteReceipt
{
    /// <summary>The receipt of <paramref name="result"/> as JSON.</summary>
    public static string Serialize(SubmitResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = Encoding.UTF8.GetString(result.Result);
        var receipt = new JsonObject
        {
            ["transactionId"] = result.TransactionId,
            ["blockNumber"] = result.BlockNumber,
            ["attempts"] = result.Attempts,
            ["result"] = text.Length == 0 ? null : JsonNode.Parse(text),
        };
        return receipt.ToJsonString();
    }
}
