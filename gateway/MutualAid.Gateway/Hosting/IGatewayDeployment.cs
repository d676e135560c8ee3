namespace MutualAid.Gateway.Hosting;

/// <summary>What a mode started: the running gateways, and whatever else it must stop with them.</summary>
public interface IGatewayDeployment : IAsyncDisposable
{
    /// <summary>The running gateways, one per organization served.</summary>
    IReadOnlyList<GatewayApp> Gateways { get; }

    /// <summary>Where the data lives.</summary>
    string DataDirectory { get; }
}
