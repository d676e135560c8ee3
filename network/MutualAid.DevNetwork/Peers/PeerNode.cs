using Fabric.Msp.Signing;

namespace MutualAid.DevNetwork.Peers;

/// <summary>One peer of the network: its organization, host name, signing identity and listening address.</summary>
/// <param name="Name">Full host name, e.g. <c>peer0.insurer.example.com</c>.</param>
/// <param name="MspId">Its organization's MSP id.</param>
/// <param name="Identity">The peer's signing identity (NodeOU peer), used to endorse.</param>
public sealed record PeerNode(string Name, string MspId, SigningIdentity Identity)
{
    /// <summary>The loopback address its services listen on, once started.</summary>
    public string Address { get; set; } = string.Empty;
}
