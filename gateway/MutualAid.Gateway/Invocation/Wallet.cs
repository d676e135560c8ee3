using Fabric.Msp.MspFolders;

namespace MutualAid.Gateway.Invocation;

/// <summary>
/// An organization's wallet of PEM files: one folder per identity holding an MSP folder
/// (<c>&lt;label&gt;/msp/signcerts/*.pem</c>, <c>&lt;label&gt;/msp/keystore/*</c>), the layout of the test network's
/// <c>users/</c> folder. A gateway holds the wallet of its own organization only.
/// </summary>
public sealed class Wallet
{
    private readonly Dictionary<string, WalletIdentity> _identities;

    private Wallet(string mspId, Dictionary<string, WalletIdentity> identities)
    {
        MspId = mspId;
        _identities = identities;
    }

    /// <summary>The organization whose identities these are.</summary>
    public string MspId { get; }

    /// <summary>Every identity, by label.</summary>
    public IReadOnlyCollection<WalletIdentity> Identities => _identities.Values;

    /// <summary>Loads every identity under <paramref name="directory"/> as a member of <paramref name="mspId"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The wallet folder does not exist.</exception>
    /// <exception cref="global::Fabric.Msp.Errors.MspException">An identity's certificate or key cannot be read or do not match.</exception>
    public static Wallet Load(string directory, string mspId)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"wallet folder {directory} does not exist");
        }

        var identities = new Dictionary<string, WalletIdentity>(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var msp = Path.Combine(folder, "msp");
            if (!Directory.Exists(msp))
            {
                continue;
            }

            var signing = MspFolderReader.ReadSigningIdentity(msp, mspId);
            var label = Path.GetFileName(folder);
            var role = signing.Identity.GetAttributes().GetValueOrDefault("role");
            identities[label] = new WalletIdentity(label, mspId, role, signing);
        }

        return new Wallet(mspId, identities);
    }

    /// <summary>The identity named <paramref name="label"/>, or null.</summary>
    public WalletIdentity? Find(string label) => _identities.GetValueOrDefault(label);
}
