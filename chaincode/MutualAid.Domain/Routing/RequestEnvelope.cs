using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Model;

namespace MutualAid.Domain.Routing;

/// <summary>
/// The optional <c>requestId</c> of a call: a reserved top-level property of the argument object that the router
/// takes out before the handler parses its (strict) message, so no message declares it.
/// </summary>
/// <param name="RequestId">The request id, or null when the call carries none.</param>
/// <param name="ArgumentsJson">The arguments the handler parses: unchanged without a request id, compact JSON without it otherwise.</param>
public sealed record RequestEnvelope(string? RequestId, string ArgumentsJson)
{
    /// <summary>The reserved property name.</summary>
    public const string PropertyName = "requestId";

    /// <summary>The longest request id.</summary>
    public const int MaxLength = 128;

    /// <summary>
    /// Splits <paramref name="argumentsJson"/> into the request id and the handler's arguments. Arguments that are not
    /// a JSON object are passed on untouched (the handler reports them). Throws INVALID_ARGUMENT for a request id that
    /// is not a string of 1-128 characters from <c>A-Z a-z 0-9 . _ : -</c>.
    /// </summary>
    public static RequestEnvelope Parse(string argumentsJson)
    {
        ArgumentNullException.ThrowIfNull(argumentsJson);
        if (!argumentsJson.Contains(PropertyName, StringComparison.Ordinal))
        {
            return new RequestEnvelope(null, argumentsJson);
        }

        JsonObject? arguments;
        try
        {
            arguments = JsonNode.Parse(argumentsJson, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject;
        }
        catch (JsonException)
        {
            return new RequestEnvelope(null, argumentsJson);
        }

        if (arguments is null || !arguments.TryGetPropertyValue(PropertyName, out var node))
        {
            return new RequestEnvelope(null, argumentsJson);
        }

        var requestId = node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        if (!IsValid(requestId))
        {
            throw new DomainException(ErrorCodes.InvalidArgument,
                $"{PropertyName} must be a string of 1-{MaxLength} characters from A-Z a-z 0-9 . _ : -");
        }

        arguments.Remove(PropertyName);
        return new RequestEnvelope(requestId, arguments.ToJsonString());
    }

    /// <summary>True for 1-128 characters from <c>A-Z a-z 0-9 . _ : -</c>.</summary>
    public static bool IsValid(string? requestId)
        => requestId is { Length: > 0 and <= MaxLength } && requestId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');

    /// <summary>
    /// Lower-case hex SHA-256 of what makes two calls the same request: the function, the arguments without the request
    /// id, and each transient entry (name and SHA-256 of its value, in ordinal name order), NUL-separated.
    /// </summary>
    public string Hash(string function, IReadOnlyDictionary<string, byte[]> transient)
    {
        ArgumentNullException.ThrowIfNull(transient);
        var text = new StringBuilder().Append(function).Append('\0').Append(ArgumentsJson);
        foreach (var name in transient.Keys.Order(StringComparer.Ordinal))
        {
            text.Append('\0').Append(name).Append('\0').Append(Hashes.Sha256Hex(transient[name]));
        }

        return Hashes.Sha256Hex(text.ToString());
    }
}
