using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fabric.Client;

namespace MutualAid.Gateway.Api;

/// <summary>
/// The body of a committed write: the chaincode's result and the transaction that committed it
/// (<c>{"transactionId":…,"blockNumber":…,"attempts":…,"result":{…}}</c>); <c>attempts</c> counts MVCC re-runs.
/// </summary>
public static class WriteReceipt
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The receipt of <paramref name="result"/> as JSON.</summary>
    public static string Serialize(SubmitResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = Encoding.UTF8.GetString(result.Result);
        var receipt = new WriteReceipt<JsonNode>(result.TransactionId, result.BlockNumber, result.Attempts, text.Length == 0 ? null : JsonNode.Parse(text));
        return JsonSerializer.Serialize(receipt, Json);
    }
}

/// <summary>
/// A write receipt whose result is a <typeparamref name="TResult"/>: the one shape <see cref="WriteReceipt.Serialize"/>
/// writes (with the result as JSON) and the OpenAPI document describes (with the function's result record).
/// </summary>
/// <typeparam name="TResult">What the chaincode function returns.</typeparam>
/// <param name="TransactionId">The Fabric transaction that committed the write.</param>
/// <param name="BlockNumber">The block it committed in.</param>
/// <param name="Attempts">How many transactions it took (1 plus the MVCC re-runs).</param>
/// <param name="Result">The chaincode's result; null when it returned nothing.</param>
public sealed record WriteReceipt<TResult>(string TransactionId, ulong BlockNumber, int Attempts, TResult? Result);
