using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Fabric.Msp.Errors;

namespace Fabric.Msp.Identities;

/// <summary>
/// Fabric CA attributes: the X.509 extension with OID 1.2.3.4.5.6.7.8.1 whose value is the JSON
/// <c>{"attrs":{"hf.EnrollmentID":"user1","role":"assessor",...}}</c>, read by the chaincode
/// libraries' <c>ClientIdentity.getAttributeValue</c>.
/// </summary>
public static class FabricCaAttributes
{
    /// <summary>The extension OID Fabric CA writes attributes under.</summary>
    public const string Oid = "1.2.3.4.5.6.7.8.1";

    /// <summary>Reads the attributes of <paramref name="certificate"/>; empty when it has no such extension.</summary>
    /// <exception cref="MspException"><see cref="MspErrorCodes.InvalidAttributes"/> when the value is not the expected JSON.</exception>
    public static IReadOnlyDictionary<string, string> Read(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var extension = certificate.Extensions[Oid];
        if (extension is null)
        {
            return new Dictionary<string, string>();
        }

        try
        {
            using var document = JsonDocument.Parse(extension.RawData);
            if (!document.RootElement.TryGetProperty("attrs", out var attrs) || attrs.ValueKind != JsonValueKind.Object)
            {
                throw new MspException(MspErrorCodes.InvalidAttributes, "the attribute extension has no 'attrs' object");
            }

            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in attrs.EnumerateObject())
            {
                result[property.Name] = property.Value.ValueKind == JsonValueKind.String
                    ? property.Value.GetString()!
                    : throw new MspException(MspErrorCodes.InvalidAttributes, $"attribute '{property.Name}' is not a string");
            }

            return result;
        }
        catch (JsonException ex)
        {
            throw new MspException(MspErrorCodes.InvalidAttributes, "the attribute extension is not valid JSON", ex);
        }
    }

    /// <summary>Creates the non-critical extension carrying <paramref name="attributes"/>, keys sorted as Fabric CA (Go) writes them.</summary>
    public static X509Extension CreateExtension(IReadOnlyDictionary<string, string> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("attrs");
            foreach (var pair in attributes.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteString(pair.Key, pair.Value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return new X509Extension(Oid, buffer.ToArray(), critical: false);
    }
}
