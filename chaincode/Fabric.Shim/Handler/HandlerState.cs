namespace Fabric.Shim.Handler;

/// <summary>The states of the chaincode stream, as Fabric's handlers name them.</summary>
internal enum HandlerState
{
    /// <summary>REGISTER sent; waiting for REGISTERED.</summary>
    Created,

    /// <summary>REGISTERED received; waiting for READY.</summary>
    Established,

    /// <summary>READY received; transactions run.</summary>
    Ready,
}
