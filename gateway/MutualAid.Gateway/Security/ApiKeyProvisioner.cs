using MutualAid.Gateway.Invocation;

namespace MutualAid.Gateway.Security;

/// <summary>
/// Issues API keys for the embedded default: one random key per wallet identity that has none yet, its hash
/// added to <c>api-keys.json</c> and the plain key written once to the organization's credentials file. Keys
/// already issued are kept, so a restart changes nothing.
/// </summary>
public static class ApiKeyProvisioner
{
    /// <summary>The file name of the hashed key store.</summary>
    public const string KeyFileName = "api-keys.json";

    /// <summary>Ensures every identity of <paramref name="wallets"/> has a key; returns the credentials files written now.</summary>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static IReadOnlyList<string> Ensure(string gatewayDirectory, IEnumerable<Wallet> wallets, TimeProvider time) =>
        Ensure(gatewayDirectory, wallets, time, null);

    /// <summary>
    /// As <see cref="Ensure(string, IEnumerable{Wallet}, TimeProvider)"/>, with the hashed keys in <paramref name="keyFile"/>
    /// (null: <see cref="KeyFileName"/> in <paramref name="gatewayDirectory"/>), as external mode's <c>External:ApiKeysFile</c> names it.
    /// </summary>
    public static IReadOnlyList<string> Ensure(string gatewayDirectory, IEnumerable<Wallet> wallets, TimeProvider time, string? keyFile)
    {
        ArgumentNullException.ThrowIfNull(wallets);
        ArgumentNullException.ThrowIfNull(time);
        Directory.CreateDirectory(gatewayDirectory);
        keyFile ??= Path.Combine(gatewayDirectory, KeyFileName);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(keyFile))!);
        var store = ApiKeyStore.Load(keyFile);
        var entries = store.Entries.ToList();
        var written = new List<string>();
        foreach (var wallet in wallets)
        {
            var issued = new List<IssuedCredential>();
            foreach (var identity in wallet.Identities)
            {
                // Any entry counts, a revoked one too: a restart must not undo a revocation by issuing a new key.
                if (entries.Any(e => e.MspId == wallet.MspId && e.Identity == identity.Label))
                {
                    continue;
                }

                var key = ApiKeyStore.NewKey();
                entries.Add(ApiKeyStore.NewEntry(key, wallet.MspId, identity.Label, time.GetUtcNow()));
                issued.Add(new IssuedCredential(identity.Label, identity.Role, key));
            }

            if (issued.Count == 0)
            {
                continue;
            }

            var path = CredentialsFile.PathFor(gatewayDirectory, wallet.MspId);
            var previous = CredentialsFile.Read(path)?.Credentials ?? [];
            new CredentialsFile(wallet.MspId, [.. previous, .. issued]).Write(path);
            written.Add(path);
        }

        ApiKeyStore.From(entries).Save(keyFile);
        return written;
    }
}
