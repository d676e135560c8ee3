namespace MutualAid.Gateway.Hosting;

/// <summary>What every component of one organization's gateway shares: its settings, organization and stop signal.</summary>
/// <param name="Settings">The gateway settings.</param>
/// <param name="Organization">The MSP id served.</param>
/// <param name="Stopping">Cancelled when the gateway stops.</param>
public sealed record GatewayRuntime(GatewaySettings Settings, string Organization, CancellationToken Stopping);
