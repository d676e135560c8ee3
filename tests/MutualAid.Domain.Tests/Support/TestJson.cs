using System.Text.Json;
using System.Text.Json.Serialization;

namespace MutualAid.Domain.Tests.Support;

/// <summary>Serializes test arguments the way a client would send them (camelCase, enums as names).</summary>
public static class TestJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(), new Json.UtcTimestampConverter() },
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, Options);
}
