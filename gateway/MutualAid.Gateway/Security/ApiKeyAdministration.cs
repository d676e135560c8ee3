using MutualAid.Gateway.Invocation;

namespace MutualAid.Gateway.Security;

/// <summary>
/// Issues, revokes and rotates one organization's API keys in the key file (what the <c>keys</c> command runs).
/// Every change is one atomic rewrite of the file, which running gateways pick up on their next request. New plain
/// keys are returned to be shown once and are written nowhere; a revoked key is also dropped from the organization's
/// credentials file, so that file never lists a dead key.
/// </summary>
/// <param name="keyFile">The API key file (<c>api-keys.json</c>).</param>
/// <param name="mspId">The organization whose keys are managed.</param>
/// <param name="credentialsFile">The organization's credentials file, or null when there is none to keep in step.</param>
/// <param name="time">The clock of issue and revocation times.</param>
public sealed class ApiKeyAdministration(string keyFile, string mspId, string? credentialsFile, TimeProvider time)
{
    /// <summary>The organization's keys, revoked ones included, oldest first.</summary>
    public IReadOnlyList<ApiKeyEntry> List() =>
        [.. ApiKeyStore.Load(keyFile).Entries.Where(e => e.MspId == mspId).OrderBy(e => e.CreatedAt)];

    /// <summary>Issues one more key to the wallet identity named <paramref name="user"/> (its label, or the part before <c>@</c>).</summary>
    /// <exception cref="KeyNotFoundException">The wallet has no such identity.</exception>
    public IssuedApiKey Issue(Wallet wallet, string user)
    {
        var identity = Resolve(wallet, user);
        var store = ApiKeyStore.Load(keyFile);
        var issued = NewKey(identity);
        ApiKeyStore.From([.. store.Entries, issued.Entry]).Save(keyFile);
        return issued;
    }

    /// <summary>Revokes the key <paramref name="keyId"/>; returns its entry as revoked (unchanged when it already was).</summary>
    /// <exception cref="KeyNotFoundException">The organization has no key with this id.</exception>
    public ApiKeyEntry Revoke(string keyId)
    {
        var store = ApiKeyStore.Load(keyFile);
        var entry = store.Entries.FirstOrDefault(e => e.MspId == mspId && e.KeyId == keyId)
            ?? throw new KeyNotFoundException($"{mspId} has no API key {keyId}");
        if (!entry.IsActive)
        {
            return entry;
        }

        var revoked = entry with { RevokedAt = time.GetUtcNow() };
        ApiKeyStore.From(store.Entries.Select(e => e == entry ? revoked : e)).Save(keyFile);
        ForgetPlainKeys([revoked]);
        return revoked;
    }

    /// <summary>
    /// Issues a new key to <paramref name="user"/> and revokes every key it held, in one write: from then on the old
    /// keys are refused and the new one works.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The wallet has no such identity.</exception>
    public (IssuedApiKey Issued, IReadOnlyList<ApiKeyEntry> Revoked) Rotate(Wallet wallet, string user)
    {
        var identity = Resolve(wallet, user);
        var store = ApiKeyStore.Load(keyFile);
        var now = time.GetUtcNow();
        var revoked = new List<ApiKeyEntry>();
        var entries = store.Entries.Select(e =>
        {
            if (e.MspId != mspId || e.Identity != identity.Label || !e.IsActive)
            {
                return e;
            }

            var done = e with { RevokedAt = now };
            revoked.Add(done);
            return done;
        }).ToList();
        var issued = NewKey(identity);
        ApiKeyStore.From([.. entries, issued.Entry]).Save(keyFile);
        ForgetPlainKeys(revoked);
        return (issued, revoked);
    }

    private IssuedApiKey NewKey(WalletIdentity identity)
    {
        var key = ApiKeyStore.NewKey();
        return new IssuedApiKey(ApiKeyStore.NewEntry(key, mspId, identity.Label, time.GetUtcNow()), key);
    }

    private WalletIdentity Resolve(Wallet wallet, string user)
    {
        ArgumentNullException.ThrowIfNull(wallet);
        if (wallet.MspId != mspId)
        {
            throw new ArgumentException($"the wallet is {wallet.MspId}'s, not {mspId}'s", nameof(wallet));
        }

        return wallet.Find(user)
            ?? wallet.Identities.FirstOrDefault(i => i.Label.StartsWith(user + "@", StringComparison.Ordinal))
            ?? throw new KeyNotFoundException($"the wallet of {mspId} has no identity {user}");
    }

    private void ForgetPlainKeys(List<ApiKeyEntry> revoked)
    {
        if (revoked.Count == 0 || credentialsFile is null || CredentialsFile.Read(credentialsFile) is not { } file)
        {
            return;
        }

        var hashes = revoked.Select(e => e.Sha256).ToHashSet(StringComparer.Ordinal);
        var kept = file.Credentials.Where(c => !hashes.Contains(ApiKeyStore.Hash(c.ApiKey))).ToList();
        if (kept.Count != file.Credentials.Count)
        {
            (file with { Credentials = kept }).Write(credentialsFile);
        }
    }
}
