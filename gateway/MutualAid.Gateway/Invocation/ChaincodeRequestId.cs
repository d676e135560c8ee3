using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace MutualAid.Gateway.Invocation;

/// <summary>
/// The <c>requestId</c> every write carries to the chaincode, which runs a write at most once per (organization,
/// request id) and answers a retry with the first result. It is derived from the caller and its Idempotency-Key, so a
/// retry whose answer the gateway lost (a 504 after submit, a restart, lost records) can still never take effect twice.
/// </summary>
public static class ChaincodeRequestId
{
    /// <summary>The reserved argument property the chaincode reads.</summary>
    public const string PropertyName = "requestId";

    /// <summary>
    /// <c>idem-</c> and the hex SHA-256 of the caller identity, a newline and the key: within the 128 characters and the
    /// character set the chaincode accepts whatever the key holds, and distinct for two callers of one organization.
    /// </summary>
    public static string For(string callerIdentity, string idempotencyKey)
        => "idem-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(callerIdentity + "\n" + idempotencyKey)));

    /// <summary>The JSON object <paramref name="argumentsJson"/> with <paramref name="requestId"/> set (replacing any sent by the caller).</summary>
    /// <exception cref="ArgumentException">The arguments are not a JSON object.</exception>
    public static string Attach(string argumentsJson, string requestId)
    {
        var arguments = JsonNode.Parse(argumentsJson) as JsonObject
            ?? throw new ArgumentException("the arguments of a write are a JSON object", nameof(argumentsJson));
        arguments[PropertyName] = requestId;
        return arguments.ToJsonString();
    }
}
