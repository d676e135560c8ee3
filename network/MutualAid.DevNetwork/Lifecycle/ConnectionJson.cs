using System.Globalization;
using System.Text.Json;
using MutualAid.DevNetwork.Chaincode;

namespace MutualAid.DevNetwork.Lifecycle;

/// <summary>Fabric's connection.json for a chaincode server: address, dial timeout and TLS material (PEM inline).</summary>
public static class ConnectionJson
{
    /// <summary>The endpoint the JSON describes.</summary>
    /// <exception cref="InvalidDataException">No address, or TLS required without a root certificate.</exception>
    public static ChaincodeEndpoint ToEndpoint(JsonElement json)
    {
        var address = String(json, "address") ?? throw new InvalidDataException("connection.json has no address");
        var timeout = String(json, "dial_timeout") is { } text ? ParseDuration(text) : TimeSpan.FromSeconds(3);
        var tls = json.TryGetProperty("tls_required", out var t) && t.ValueKind == JsonValueKind.True;
        var clientAuth = json.TryGetProperty("client_auth_required", out var c) && c.ValueKind == JsonValueKind.True;
        var root = tls ? String(json, "root_cert") ?? throw new InvalidDataException("connection.json requires TLS but has no root_cert") : null;
        return new ChaincodeEndpoint(address, timeout, root,
            clientAuth ? String(json, "client_cert") : null,
            clientAuth ? String(json, "client_key") : null);
    }

    /// <summary>Parses a Go duration such as <c>10s</c>, <c>500ms</c> or <c>1m30s</c>.</summary>
    /// <exception cref="InvalidDataException">Not a duration.</exception>
    public static TimeSpan ParseDuration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var total = TimeSpan.Zero;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var digits = 0;
            while (digits < rest.Length && (char.IsAsciiDigit(rest[digits]) || rest[digits] == '.'))
            {
                digits++;
            }

            var units = digits;
            while (units < rest.Length && char.IsAsciiLetter(rest[units]))
            {
                units++;
            }

            if (digits == 0 || !double.TryParse(rest[..digits], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new InvalidDataException($"'{text}' is not a duration");
            }

            total += rest[digits..units] switch
            {
                "h" => TimeSpan.FromHours(value),
                "m" => TimeSpan.FromMinutes(value),
                "s" => TimeSpan.FromSeconds(value),
                "ms" => TimeSpan.FromMilliseconds(value),
                _ => throw new InvalidDataException($"'{text}' has an unknown duration unit"),
            };
            rest = rest[units..];
        }

        return total;
    }

    private static string? String(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
