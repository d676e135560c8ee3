using System.Text.Json;
using System.Text.Json.Nodes;
using MutualAid.Gateway.Invocation;

namespace MutualAid.Gateway.Api;

/// <summary>
/// Validation at the edge of every argument, before Fabric sees it: every number is a 64-bit integer (the domain
/// has no floating point), and every money value (<c>{"amount":…,"currency":…}</c>) has a non-negative amount
/// and a three-letter upper-case currency. The domain checks the business rules (caps, currency of the pool).
/// </summary>
public static class ArgumentValidator
{
    /// <summary>Null when <paramref name="node"/> passes, else the 400 failure naming the offending property.</summary>
    public static InvocationFailure? Check(JsonNode? node, string path = "$")
    {
        switch (node)
        {
            case JsonObject obj:
                if (IsMoney(obj) is { } money)
                {
                    return money ? CheckMoney(obj, path) : null;
                }

                foreach (var (name, child) in obj)
                {
                    if (Check(child, $"{path}.{name}") is { } failure)
                    {
                        return failure;
                    }
                }

                return null;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Check(array[i], $"{path}[{i}]") is { } failure)
                    {
                        return failure;
                    }
                }

                return null;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number && !IsInt64(value, out _):
                return Invalid(GatewayErrorCodes.InvalidRequest, $"{path} must be an integer within 64 bits, not {value.ToJsonString()}");
            default:
                return null;
        }
    }

    private static bool? IsMoney(JsonObject obj) =>
        obj.Count == 2 && obj.ContainsKey("amount") && obj.ContainsKey("currency") ? true : null;

    private static InvocationFailure? CheckMoney(JsonObject money, string path)
    {
        var amount = money["amount"];
        if (amount is not JsonValue value || value.GetValueKind() != JsonValueKind.Number || !IsInt64(value, out var minor))
        {
            return Invalid(GatewayErrorCodes.InvalidAmount, $"{path}.amount must be an integer number of minor units within 64 bits");
        }

        if (minor < 0)
        {
            return Invalid(GatewayErrorCodes.InvalidAmount, $"{path}.amount must not be negative");
        }

        var currency = money["currency"] is JsonValue c && c.GetValueKind() == JsonValueKind.String ? c.GetValue<string>() : null;
        return currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper)
            ? null
            : Invalid(GatewayErrorCodes.InvalidAmount, $"{path}.currency must be an ISO 4217 code of three upper-case letters");
    }

    /// <summary>True when the number's JSON text is a 64-bit integer (no fraction, no exponent), whatever made the node.</summary>
    private static bool IsInt64(JsonValue value, out long number) =>
        long.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out number);

    private static InvocationFailure Invalid(string code, string detail) => new(400, code, detail, null, true);
}
