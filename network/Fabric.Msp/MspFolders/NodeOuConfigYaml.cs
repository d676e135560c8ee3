using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Fabric.Msp.Errors;
using Fabric.Msp.Validation;

namespace Fabric.Msp.MspFolders;

/// <summary>
/// Reads and writes the NodeOUs section of an MSP folder's <c>config.yaml</c>. Writing produces the text
/// cryptogen writes for test-network; reading understands that shape (block mappings, optional quotes
/// and comments), which is what Fabric's tools and samples produce, not arbitrary YAML.
/// </summary>
public static class NodeOuConfigYaml
{
    private static readonly (string Key, string Ou)[] Sections =
    [
        ("ClientOUIdentifier", "client"),
        ("PeerOUIdentifier", "peer"),
        ("AdminOUIdentifier", "admin"),
        ("OrdererOUIdentifier", "orderer"),
    ];

    /// <summary>
    /// The config.yaml test-network's cryptogen writes: NodeOUs enabled, client/peer/admin/orderer OUs,
    /// each certified by <paramref name="caCertificatePath"/> (relative to the MSP folder, e.g.
    /// <c>cacerts/ca.org1.example.com-cert.pem</c>).
    /// </summary>
    public static string Write(string caCertificatePath)
    {
        var text = new StringBuilder("NodeOUs:\n  Enable: true\n");
        foreach (var (key, ou) in Sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {key}:\n    Certificate: {caCertificatePath}\n    OrganizationalUnitIdentifier: {ou}\n");
        }

        return text.ToString();
    }

    /// <summary>Parses NodeOU settings; certificate paths are resolved with <paramref name="loadCertificate"/>.</summary>
    /// <exception cref="MspException"><see cref="MspErrorCodes.InvalidMspFolder"/> when an identifier has no OU value.</exception>
    public static NodeOuSettings Parse(string yaml, Func<string, X509Certificate2> loadCertificate)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(loadCertificate);
        var values = ReadNodeOuSection(yaml);
        if (values.Count == 0)
        {
            return NodeOuSettings.Disabled;
        }

        var enabled = values.TryGetValue("Enable", out var enable) && enable.Equals("true", StringComparison.OrdinalIgnoreCase);
        NodeOuIdentifier? Identifier(string section)
        {
            if (!values.Keys.Any(k => k.StartsWith(section + ".", StringComparison.Ordinal)))
            {
                return null;
            }

            var ou = values.GetValueOrDefault(section + ".OrganizationalUnitIdentifier");
            if (string.IsNullOrEmpty(ou))
            {
                throw new MspException(MspErrorCodes.InvalidMspFolder, $"config.yaml: {section} has no OrganizationalUnitIdentifier");
            }

            var certificate = values.GetValueOrDefault(section + ".Certificate");
            return new NodeOuIdentifier(ou, string.IsNullOrEmpty(certificate) ? null : loadCertificate(certificate));
        }

        return new NodeOuSettings(
            enabled,
            Identifier("ClientOUIdentifier"),
            Identifier("PeerOUIdentifier"),
            Identifier("AdminOUIdentifier"),
            Identifier("OrdererOUIdentifier"));
    }

    /// <summary>Flattens the NodeOUs mapping into keys like <c>Enable</c> and <c>PeerOUIdentifier.Certificate</c>.</summary>
    private static Dictionary<string, string> ReadNodeOuSection(string yaml)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var inNodeOus = false;
        var sectionIndent = -1;
        string? section = null;
        foreach (var rawLine in yaml.Split('\n'))
        {
            var line = StripComment(rawLine.TrimEnd('\r'));
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var indent = line.Length - line.TrimStart().Length;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = Unquote(line[(colon + 1)..].Trim());
            if (indent == 0)
            {
                inNodeOus = key == "NodeOUs";
                section = null;
                sectionIndent = -1;
                continue;
            }

            if (!inNodeOus)
            {
                continue;
            }

            if (sectionIndent < 0 || indent <= sectionIndent)
            {
                sectionIndent = indent;
                section = value.Length == 0 ? key : null;
                if (value.Length > 0)
                {
                    values[key] = value;
                }
            }
            else if (section is not null)
            {
                values[$"{section}.{key}"] = value;
            }
        }

        return values;
    }

    private static string StripComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
