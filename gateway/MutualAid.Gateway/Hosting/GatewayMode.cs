namespace MutualAid.Gateway.Hosting;

/// <summary>How the gateway finds its Fabric network.</summary>
public enum GatewayMode
{
    /// <summary>Starts the development network and the chaincode in this process, one gateway per organization.</summary>
    Embedded,

    /// <summary>Connects one organization's gateway to the peers of a real Fabric network named in configuration.</summary>
    External,
}
