using MutualAid.DevNetwork.Configuration;

namespace MutualAid.Gateway.Hosting;

/// <summary>
/// The embedded default's wallets: each organization's user identities (certificate and key PEM files) copied once
/// from the development network's crypto material into that organization's own gateway folder
/// (<c>DATA/gateway/&lt;MSP&gt;/wallet</c>), so each gateway reads its own wallet and nothing else. Admins are left out.
/// </summary>
public static class EmbeddedWallets
{
    /// <summary>Copies the wallets that are missing; returns the wallet folder of each organization, by MSP id.</summary>
    /// <exception cref="IOException">A file cannot be copied.</exception>
    public static IReadOnlyDictionary<string, string> Ensure(string organizationsDirectory, string gatewayDirectory, IEnumerable<OrganizationConfig> organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        var wallets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var organization in organizations)
        {
            var wallet = Path.Combine(gatewayDirectory, organization.MspId, "wallet");
            var users = Path.Combine(organizationsDirectory, "peerOrganizations", organization.Domain, "users");
            foreach (var user in organization.Users)
            {
                var label = $"{user.Name}@{organization.Domain}";
                var target = Path.Combine(wallet, label, "msp");
                if (Directory.Exists(target))
                {
                    continue;
                }

                var source = Path.Combine(users, label, "msp");
                CopyFolder(Path.Combine(source, "signcerts"), Path.Combine(target + ".tmp", "signcerts"));
                CopyFolder(Path.Combine(source, "keystore"), Path.Combine(target + ".tmp", "keystore"));
                Directory.Move(target + ".tmp", target);
            }

            wallets[organization.MspId] = wallet;
        }

        return wallets;
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }
    }
}
