using MutualAid.DevNetwork.Configuration;

namespace MutualAid.DevNetwork.Tests;

/// <summary>Network configurations for tests.</summary>
internal static class TestNetworks
{
    /// <summary>The default consortium with every peer on a free loopback port (chosen at start).</summary>
    public static NetworkConfig OnFreePorts() => WithPorts(() => 0);

    /// <summary>The default consortium with every peer on a port chosen now, for a network started in another process.</summary>
    public static NetworkConfig OnFixedFreePorts() => WithPorts(Interop.NodeChaincodeServer.FreePort);

    private static NetworkConfig WithPorts(Func<int> port)
    {
        var defaults = DefaultNetwork.Create();
        return defaults with
        {
            Organizations = [.. defaults.Organizations.Select(o => o with { Peers = [.. o.Peers.Select(p => p with { Port = port() })] })],
        };
    }
}
