using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using MutualAid.DevNetwork.Chaincode;

namespace MutualAid.DevNetwork.Lifecycle;

/// <summary>
/// A chaincode-as-a-service package as Fabric installs it: a .tar.gz holding <c>metadata.json</c>
/// (type and label) and <c>code.tar.gz</c> holding <c>connection.json</c>. Its package id is
/// <c>label:hex(SHA-256(package file))</c>, the id the chaincode must register with.
/// </summary>
public sealed partial record ChaincodePackage(string Label, string Type, string PackageId, ChaincodeEndpoint Endpoint)
{
    /// <summary>Reads and checks a package file.</summary>
    /// <exception cref="InvalidDataException">Not a ccaas package, a bad label, or a bad connection.json.</exception>
    public static ChaincodePackage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var entries = ReadTarGz(bytes, "package");
        var metadata = Json(entries, "metadata.json", "package");
        var type = metadata.TryGetProperty("type", out var t) ? t.GetString() ?? string.Empty : string.Empty;
        var label = metadata.TryGetProperty("label", out var l) ? l.GetString() ?? string.Empty : string.Empty;
        if (type is not ("ccaas" or "external"))
        {
            throw new InvalidDataException($"package type is '{type}'; only chaincode-as-a-service packages (ccaas) can be installed here");
        }

        if (!LabelPattern().IsMatch(label))
        {
            throw new InvalidDataException($"package label '{label}' is invalid: it must start with a letter or digit and contain only letters, digits, '_', '.', '+' and '-'");
        }

        if (!entries.TryGetValue("code.tar.gz", out var code))
        {
            throw new InvalidDataException("package has no code.tar.gz");
        }

        var connection = Json(ReadTarGz(code, "code.tar.gz"), "connection.json", "code.tar.gz");
        var packageId = $"{label}:{Convert.ToHexStringLower(SHA256.HashData(bytes))}";
        return new ChaincodePackage(label, type, packageId, ConnectionJson.ToEndpoint(connection));
    }

    private static Dictionary<string, byte[]> ReadTarGz(byte[] bytes, string what)
    {
        try
        {
            var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.DataStream is null)
                {
                    continue;
                }

                using var content = new MemoryStream();
                entry.DataStream.CopyTo(content);
                entries[entry.Name.TrimStart('.', '/')] = content.ToArray();
            }

            return entries;
        }
        catch (Exception error) when (error is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw new InvalidDataException($"{what} is not a valid .tar.gz: {error.Message}", error);
        }
    }

    private static JsonElement Json(Dictionary<string, byte[]> entries, string name, string where)
    {
        if (!entries.TryGetValue(name, out var bytes))
        {
            throw new InvalidDataException($"{where} has no {name}");
        }

        try
        {
            return JsonDocument.Parse(bytes).RootElement.Clone();
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{name} is not valid JSON: {error.Message}", error);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9]+[A-Za-z0-9_.+-]*$")]
    private static partial Regex LabelPattern();
}
