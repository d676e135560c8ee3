using System.Globalization;
using System.Text.Json;
using Fabric.Shim.Errors;

namespace Fabric.Shim.Contracts;

/// <summary>
/// Turns string arguments into parameter values: integers and decimals in invariant culture, booleans,
/// enums by name, and anything else as JSON (System.Text.Json). A bad value is a caller error (status 400).
/// </summary>
internal static class ArgumentParsers
{
    public static Func<string, object?> For(Type type, string parameter, string transaction)
    {
        var invariant = CultureInfo.InvariantCulture;
        Func<string, object?> parse = type switch
        {
            _ when type == typeof(string) => s => s,
            _ when type == typeof(int) => s => int.TryParse(s, NumberStyles.Integer, invariant, out var v) ? v : null,
            _ when type == typeof(long) => s => long.TryParse(s, NumberStyles.Integer, invariant, out var v) ? v : null,
            _ when type == typeof(uint) => s => uint.TryParse(s, NumberStyles.Integer, invariant, out var v) ? v : null,
            _ when type == typeof(ulong) => s => ulong.TryParse(s, NumberStyles.Integer, invariant, out var v) ? v : null,
            _ when type == typeof(short) => s => short.TryParse(s, NumberStyles.Integer, invariant, out var v) ? v : null,
            _ when type == typeof(decimal) => s => decimal.TryParse(s, NumberStyles.Number, invariant, out var v) ? v : null,
            _ when type == typeof(double) => s => double.TryParse(s, NumberStyles.Float, invariant, out var v) ? v : null,
            _ when type == typeof(bool) => s => bool.TryParse(s, out var v) ? v : null,
            _ when type.IsEnum => s => Enum.TryParse(type, s, ignoreCase: true, out var v) && Enum.IsDefined(type, v!) ? v : null,
            _ => s => ParseJson(s, type),
        };

        return text => parse(text) ?? throw new ChaincodeException(
            $"Argument '{parameter}' of {transaction} must be {Describe(type)}, but was '{text}'", ChaincodeResponses.BadRequest);
    }

    /// <summary>How the metadata and error messages name the type of a parameter.</summary>
    public static string Describe(Type type) => type switch
    {
        _ when type == typeof(string) => "a string",
        _ when type == typeof(int) || type == typeof(short) => "an integer (int32)",
        _ when type == typeof(long) => "an integer (int64)",
        _ when type == typeof(uint) || type == typeof(ulong) => "a non-negative integer",
        _ when type == typeof(decimal) || type == typeof(double) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
        _ => $"JSON for {type.Name}",
    };

    private static object? ParseJson(string text, Type type)
    {
        try
        {
            return JsonSerializer.Deserialize(text, type, ContractJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
