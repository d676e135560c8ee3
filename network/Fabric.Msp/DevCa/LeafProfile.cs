namespace Fabric.Msp.DevCa;

/// <summary>The kinds of end-entity certificates the development CA issues.</summary>
internal enum LeafProfile
{
    /// <summary>An MSP identity: digital signature only, NodeOU and Fabric CA attributes.</summary>
    Identity,

    /// <summary>A TLS server (and client) certificate for a peer or orderer, with host name SANs.</summary>
    TlsServer,

    /// <summary>A TLS client certificate for a user.</summary>
    TlsClient,
}
