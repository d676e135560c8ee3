using System.Text.Json;

namespace MutualAid.Gateway.Security;

/// <summary>
/// An organization's credentials file (<c>credentials-&lt;MSP&gt;.json</c>): the plain keys issued to its identities,
/// written when they are issued (readable by the owner only) and read back by demos and tests.
/// </summary>
/// <param name="Organization">The MSP id.</param>
/// <param name="Credentials">The issued keys.</param>
public sealed record CredentialsFile(string Organization, IReadOnlyList<IssuedCredential> Credentials)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The file of <paramref name="mspId"/> under <paramref name="gatewayDirectory"/>.</summary>
    public static string PathFor(string gatewayDirectory, string mspId) => System.IO.Path.Combine(gatewayDirectory, $"credentials-{mspId}.json");

    /// <summary>Reads <paramref name="path"/>, or null when it does not exist.</summary>
    public static CredentialsFile? Read(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<CredentialsFile>(File.ReadAllText(path), Json) : null;

    /// <summary>The key of <paramref name="identityPrefix"/> (e.g. <c>Caseworker</c> for <c>Caseworker@ngo.example.com</c>).</summary>
    /// <exception cref="KeyNotFoundException">No such identity in the file.</exception>
    public string KeyOf(string identityPrefix) =>
        Credentials.FirstOrDefault(c => c.Identity.StartsWith(identityPrefix + "@", StringComparison.Ordinal) || c.Identity == identityPrefix)?.ApiKey
        ?? throw new KeyNotFoundException($"no credential for {identityPrefix} in {Organization}");

    /// <summary>Writes the file atomically, readable and writable by the owner only where the platform allows.</summary>
    public void Write(string path)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
