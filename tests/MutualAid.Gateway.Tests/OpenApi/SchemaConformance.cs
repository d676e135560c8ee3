using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MutualAid.Gateway.Tests.OpenApi;

/// <summary>
/// Checks a JSON value against a schema of the document: the keywords the gateway's document uses (<c>$ref</c>,
/// <c>oneOf</c>, <c>type</c>, <c>enum</c>, <c>required</c>, <c>properties</c>, <c>additionalProperties: false</c>,
/// <c>items</c>). Enough to tell whether a body has the documented shape; not a general validator.
/// </summary>
internal static class SchemaConformance
{
    /// <summary>Every deviation of <paramref name="value"/> from <paramref name="schema"/>, by JSON path.</summary>
    public static IReadOnlyList<string> Check(OpenApiDocument document, JsonNode? value, JsonNode schema, string path = "$")
    {
        var errors = new List<string>();
        Visit(document, value, schema, path, errors);
        return errors;
    }

    private static void Visit(OpenApiDocument document, JsonNode? value, JsonNode schema, string path, List<string> errors)
    {
        if (schema["$ref"] is not null)
        {
            Visit(document, value, document.Resolve(schema), path, errors);
            return;
        }

        if (schema["oneOf"] is JsonArray choices)
        {
            if (!choices.Any(c => Check(document, value, c!, path).Count == 0))
            {
                errors.Add($"{path}: matches none of oneOf");
            }

            return;
        }

        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        var allowed = schema["type"] switch
        {
            JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => null,
        };
        if (allowed is not null && !allowed.Any(t => Is(kind, value, t)))
        {
            errors.Add($"{path}: {kind} is not {string.Join(" or ", allowed)}");
            return;
        }

        if (schema["enum"] is JsonArray names && value is not null && !names.Any(n => JsonNode.DeepEquals(n, value)))
        {
            errors.Add($"{path}: {value.ToJsonString()} is not one of the enum");
        }

        if (value is JsonObject obj)
        {
            var properties = schema["properties"] as JsonObject;
            errors.AddRange(OpenApiDocument.Required(schema.AsObject()).Where(r => !obj.ContainsKey(r)).Select(r => $"{path}.{r}: required, missing"));
            foreach (var (name, child) in obj)
            {
                if (properties?[name] is { } property)
                {
                    Visit(document, child, property, $"{path}.{name}", errors);
                }
                else if (schema["additionalProperties"] is JsonValue extra && !extra.GetValue<bool>())
                {
                    errors.Add($"{path}.{name}: not declared");
                }
            }
        }
        else if (value is JsonArray array && schema["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Visit(document, array[i], items, $"{path}[{i}]", errors);
            }
        }
    }

    private static bool Is(JsonValueKind kind, JsonNode? value, string type) => type switch
    {
        "null" => kind == JsonValueKind.Null,
        "string" => kind == JsonValueKind.String,
        "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
        "integer" => kind == JsonValueKind.Number && long.TryParse(value!.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        "number" => kind == JsonValueKind.Number,
        "array" => kind == JsonValueKind.Array,
        "object" => kind == JsonValueKind.Object,
        _ => false,
    };
}
