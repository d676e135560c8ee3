using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Security;

namespace MutualAid.Gateway.Demo;

/// <summary>
/// The <c>demo</c> command: starts the embedded default in a fresh temporary data directory (or <c>--DataDirectory</c>),
/// then walks a claim, a relief campaign, a governance change and an appeal over the HTTP API with the issued API keys,
/// moving the development clock past each window the rules impose, and prints each step, the times it moved to and the
/// balances.
/// </summary>
public static class DemoCommand
{
    /// <summary>Runs the demo; returns the exit code.</summary>
    public static async Task<int> RunAsync(GatewaySettings settings, TextWriter output, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        var temporary = settings.DataDirectory == new GatewaySettings().DataDirectory;
        settings.DataDirectory = temporary ? Directory.CreateTempSubdirectory("mutualaid-demo-").FullName : settings.DataDirectory;
        settings.Urls = "http://127.0.0.1:0";
        settings.Embedded.FreePeerPorts = true;
        settings.Telemetry.Console = false;
        try
        {
            await using var deployment = await EmbeddedDeployment.StartAsync(settings, logging => { }, stop).ConfigureAwait(false);
            await output.WriteLineAsync($"embedded network ready; data in {deployment.DataDirectory}").ConfigureAwait(false);
            using var http = new HttpClient();
            ApiClient Client(string mspId, string identity) =>
                new(http, new Uri(deployment.GatewayOf(mspId).Url), CredentialsFile.Read(CredentialsFile.PathFor(deployment.GatewayDirectory, mspId))!.KeyOf(identity));
            var clock = new DemoClock(Client("InsurerMSP", "Delegate"), output);
            var walk = new ClaimWalkthrough(Client, output, clock);
            await output.WriteLineAsync("a claim from filing to payout, over HTTP:").ConfigureAwait(false);
            await walk.RunAsync(stop).ConfigureAwait(false);
            var relief = new ReliefWalkthrough(Client, output, clock);
            await output.WriteLineAsync("a relief campaign from declaration to payment, over HTTP:").ConfigureAwait(false);
            await relief.RunAsync(stop).ConfigureAwait(false);
            await output.WriteLineAsync("governance of the relief pool, over HTTP:").ConfigureAwait(false);
            await new GovernanceWalkthrough(Client, output, relief.PoolId, relief.CampaignId, clock).RunAsync(stop).ConfigureAwait(false);
            await output.WriteLineAsync("an appeal decided by a jury, over HTTP:").ConfigureAwait(false);
            await new AppealWalkthrough(Client, output, clock).RunAsync(stop).ConfigureAwait(false);
            var audit = (await Client("RegulatorMSP", "Auditor").GetAsync("/api/v1/audit/blocks?from=0&to=9999", stop).ConfigureAwait(false)).EnsureSuccess();
            await output.WriteLineAsync($"the regulator's auditor verifies the chain: blocks 0-{audit["lastBlock"]} ({audit["blocksChecked"]} blocks, "
                + $"{audit["transactionsChecked"]} transactions, {audit["valid"]} VALID, {audit["invalid"]} invalid), first break: {audit["firstBreak"]?.ToJsonString() ?? "none"}, "
                + $"transactions out of time order: {audit["timeFindings"]?.AsArray().Count ?? 0}")
                .ConfigureAwait(false);
            return 0;
        }
        catch (HttpRequestException ex)
        {
            await output.WriteLineAsync("demo failed: " + ex.Message).ConfigureAwait(false);
            return 1;
        }
        finally
        {
            if (temporary)
            {
                Directory.Delete(settings.DataDirectory, recursive: true);
            }
        }
    }
}
