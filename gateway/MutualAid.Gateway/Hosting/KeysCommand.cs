using System.Globalization;
using MutualAid.Gateway.Invocation;
using MutualAid.Gateway.Security;

namespace MutualAid.Gateway.Hosting;

/// <summary>
/// The <c>keys</c> command: <c>keys list | issue &lt;user&gt; | revoke &lt;keyId&gt; | rotate &lt;user&gt;</c> on the API key
/// file of <see cref="GatewaySettings.Organization"/>. Works while the gateway runs: it reloads the file on change.
/// A new key is printed once, here, and stored only as its hash.
/// </summary>
public static class KeysCommand
{
    /// <summary>The usage line.</summary>
    public const string Usage = "usage: MutualAid.Gateway keys list|issue <user>|revoke <keyId>|rotate <user> [--Organization MSP] [--DataDirectory DIR] "
        + "[--Mode External --External:Wallet DIR --External:ApiKeysFile FILE]";

    /// <summary>Runs the subcommand named by the first positional argument of <paramref name="arguments"/> (options are skipped).</summary>
    /// <returns>0 when done, 1 when the user or key does not exist, 2 for a usage error.</returns>
    public static async Task<int> RunAsync(GatewaySettings settings, IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var positional = Positional(arguments);
        var gatewayDirectory = Path.Combine(Path.GetFullPath(settings.DataDirectory), "gateway");
        var keyFile = settings.External.ApiKeysFile ?? Path.Combine(gatewayDirectory, ApiKeyProvisioner.KeyFileName);
        var keys = new ApiKeyAdministration(keyFile, settings.Organization, CredentialsFile.PathFor(gatewayDirectory, settings.Organization), TimeProvider.System);
        try
        {
            switch (positional)
            {
                case ["list"]:
                    await ListAsync(keys, output).ConfigureAwait(false);
                    return 0;
                case ["issue", var user]:
                    await ShowAsync(keys.Issue(WalletOf(settings, gatewayDirectory), user), output).ConfigureAwait(false);
                    return 0;
                case ["revoke", var keyId]:
                    var revoked = keys.Revoke(keyId);
                    await output.WriteLineAsync($"revoked {revoked.KeyId} of {revoked.Identity} ({revoked.MspId})").ConfigureAwait(false);
                    return 0;
                case ["rotate", var user]:
                    var (issued, old) = keys.Rotate(WalletOf(settings, gatewayDirectory), user);
                    foreach (var entry in old)
                    {
                        await output.WriteLineAsync($"revoked {entry.KeyId} of {entry.Identity} ({entry.MspId})").ConfigureAwait(false);
                    }

                    await ShowAsync(issued, output).ConfigureAwait(false);
                    return 0;
                default:
                    await error.WriteLineAsync(Usage).ConfigureAwait(false);
                    return 2;
            }
        }
        catch (Exception ex) when (ex is KeyNotFoundException or DirectoryNotFoundException)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task ListAsync(ApiKeyAdministration keys, TextWriter output)
    {
        await output.WriteLineAsync("key id             identity                                 created               status").ConfigureAwait(false);
        foreach (var entry in keys.List())
        {
            var status = entry.RevokedAt is { } at ? "revoked " + Format(at) : "active";
            await output.WriteLineAsync($"{entry.KeyId,-18} {entry.Identity,-40} {Format(entry.CreatedAt),-21} {status}").ConfigureAwait(false);
        }
    }

    private static async Task ShowAsync(IssuedApiKey issued, TextWriter output)
    {
        await output.WriteLineAsync($"issued {issued.Entry.KeyId} to {issued.Entry.Identity} ({issued.Entry.MspId})").ConfigureAwait(false);
        await output.WriteLineAsync($"API key (shown once, only its hash is stored): {issued.Key}").ConfigureAwait(false);
    }

    private static Wallet WalletOf(GatewaySettings settings, string gatewayDirectory) => Wallet.Load(
        settings.Mode == GatewayMode.External ? Path.GetFullPath(settings.External.Wallet) : Path.Combine(gatewayDirectory, settings.Organization, "wallet"),
        settings.Organization);

    private static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The arguments that are not configuration options (<c>--Name value</c> or <c>--Name=value</c>).</summary>
    private static List<string> Positional(IReadOnlyList<string> arguments)
    {
        var positional = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            if (!arguments[i].StartsWith('-'))
            {
                positional.Add(arguments[i]);
            }
            else if (!arguments[i].Contains('=', StringComparison.Ordinal))
            {
                i++;
            }
        }

        return positional;
    }
}
