using MutualAid.Gateway.Invocation;
using MutualAid.Gateway.Security;

namespace MutualAid.Gateway.Hosting;

/// <summary>The <c>serve</c> (default) and <c>issue-keys</c> commands.</summary>
public static class GatewayCommand
{
    /// <summary>Starts the mode's deployment, prints where it listens and where the keys are, and serves until stopped.</summary>
    public static async Task<int> ServeAsync(GatewaySettings settings, TextWriter output, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        await using IGatewayDeployment deployment = settings.Mode == GatewayMode.Embedded
            ? await EmbeddedDeployment.StartAsync(settings, null, stop).ConfigureAwait(false)
            : await ExternalDeployment.StartAsync(settings, null, stop).ConfigureAwait(false);
        await output.WriteLineAsync($"MutualAid data directory: {deployment.DataDirectory}").ConfigureAwait(false);
        if (deployment is EmbeddedDeployment embedded)
        {
            foreach (var file in embedded.CredentialsFiles)
            {
                await output.WriteLineAsync($"API keys (send as X-Api-Key or Authorization: Bearer): {file}").ConfigureAwait(false);
            }
        }

        foreach (var gateway in deployment.Gateways)
        {
            await output.WriteLineAsync($"MutualAid gateway for {gateway.Organization} ready on {gateway.Url} (OpenAPI: {gateway.Url}/openapi/v1.json)").ConfigureAwait(false);
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await output.WriteLineAsync("stopping").ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>External mode: issues a key to every identity of the configured wallet that has none, and prints where they are.</summary>
    public static async Task<int> IssueKeysAsync(GatewaySettings settings, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var gatewayDirectory = Path.Combine(Path.GetFullPath(settings.DataDirectory), "gateway");
        var wallet = Wallet.Load(Path.GetFullPath(settings.External.Wallet), settings.Organization);
        // The same key file the external gateway will read: External:ApiKeysFile when configured.
        var keyFile = settings.External.ApiKeysFile is { Length: > 0 } configured ? Path.GetFullPath(configured) : null;
        var written = ApiKeyProvisioner.Ensure(gatewayDirectory, [wallet], TimeProvider.System, keyFile);
        await output.WriteLineAsync(written.Count == 0
            ? "every identity already has a key"
            : $"new API keys written to {string.Join(", ", written)}").ConfigureAwait(false);
        return 0;
    }
}
