using System.Text.Json.Nodes;

namespace MutualAid.Gateway.Tests.OpenApi;

/// <summary>The gateway's OpenAPI document, fetched once from a running gateway, with <c>$ref</c> resolution.</summary>
internal sealed class OpenApiDocument(JsonObject root)
{
    private static OpenApiDocument? _cached;

    public JsonObject Root => root;

    public JsonObject Paths => root["paths"]!.AsObject();

    /// <summary>The NGO gateway's document (every gateway serves the same routes).</summary>
    public static async Task<OpenApiDocument> FetchAsync(CancellationToken cancellationToken)
    {
        if (_cached is null)
        {
            var text = await GatewayFixture.RawHttp.GetStringAsync(new Uri(GatewayFixture.BaseAddress("NgoMSP"), "/openapi/v1.json"), cancellationToken);
            _cached = new OpenApiDocument(JsonNode.Parse(text)!.AsObject());
        }

        return _cached;
    }

    /// <summary>The operation of <paramref name="method"/> (e.g. <c>POST</c>) on <paramref name="path"/>, or null.</summary>
    public JsonObject? Operation(string method, string path) =>
        Paths[path]?[method.ToLowerInvariant()]?.AsObject();

    /// <summary>The schema a <c>$ref</c> names, or the schema itself; a <c>oneOf</c> of null and one schema is that schema.</summary>
    public JsonObject Resolve(JsonNode schema)
    {
        var current = schema.AsObject();
        while (true)
        {
            if (current["$ref"]?.GetValue<string>() is { } reference)
            {
                current = root["components"]!["schemas"]![reference["#/components/schemas/".Length..]]!.AsObject();
            }
            else if (current["oneOf"] is JsonArray choices && choices.Count(c => c?["type"]?.GetValue<string>() != "null") == 1)
            {
                current = choices.First(c => c?["type"]?.GetValue<string>() != "null")!.AsObject();
            }
            else
            {
                return current;
            }
        }
    }

    /// <summary>The <c>$ref</c> name of <paramref name="schema"/> (through a nullable <c>oneOf</c>), or null when inline.</summary>
    public static string? ReferenceName(JsonNode schema) =>
        schema["$ref"]?.GetValue<string>().Split('/')[^1]
        ?? (schema["oneOf"] as JsonArray)?.Select(c => c?["$ref"]?.GetValue<string>()).FirstOrDefault(r => r is not null)?.Split('/')[^1];

    /// <summary>The JSON types a schema allows (<c>type</c> as a string or an array), null excluded.</summary>
    public static IReadOnlyList<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(t => t!.GetValue<string>()).Where(t => t != "null")],
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };

    /// <summary>The names in <c>required</c>.</summary>
    public static IReadOnlySet<string> Required(JsonObject schema) =>
        (schema["required"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
}
