using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;

namespace MutualAid.Domain.Json;

/// <summary>
/// The one serializer of state, events, arguments and results: source-generated System.Text.Json with fixed
/// options (declared property order, camelCase, no indentation, enums as names, one UTC timestamp format,
/// unknown properties rejected). Same value, same bytes, on every peer.
/// </summary>
public static class CanonicalJson
{
    /// <summary>Serializes <paramref name="value"/> to canonical UTF-8 bytes.</summary>
    public static byte[] Serialize<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);

    /// <summary>Serializes a value whose type is registered in <see cref="DomainJsonContext"/>.</summary>
    public static byte[] SerializeObject(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.SerializeToUtf8Bytes(value, DomainJsonContext.Default.GetTypeInfo(value.GetType())
            ?? throw new InvalidOperationException($"{value.GetType().Name} is not registered for canonical JSON."));
    }

    /// <summary>Decodes stored bytes; a failure is a fault (stored state is always canonical).</summary>
    public static T Deserialize<T>(ReadOnlySpan<byte> bytes, JsonTypeInfo<T> type)
        => JsonSerializer.Deserialize(bytes, type) ?? throw new InvalidOperationException("Stored record is null.");

    /// <summary>Decodes caller arguments; throws INVALID_ARGUMENT when they do not match the message.</summary>
    public static T ParseArguments<T>(string json, JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(json, type)
                ?? throw new DomainException(ErrorCodes.InvalidArgument, "arguments must be a JSON object");
        }
        catch (JsonException ex)
        {
            throw new DomainException(ErrorCodes.InvalidArgument, $"arguments do not match the message: {ex.Message}");
        }
    }
}
