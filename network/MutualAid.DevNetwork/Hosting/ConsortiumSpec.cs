using Fabric.Msp.DevCa;
using MutualAid.DevNetwork.Configuration;

namespace MutualAid.DevNetwork.Hosting;

/// <summary>What the development CA must generate for a network configuration.</summary>
public static class ConsortiumSpec
{
    /// <summary>The consortium: each organization with its peers and users, and the ordering organization.</summary>
    public static DevConsortium From(NetworkConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var organizations = config.Organizations.Select(o => new DevPeerOrganization(
            o.Name, o.MspId, o.Domain, o.Peers.Select(p => p.Name).ToList(),
            o.Users.Select(u => new DevUser(u.Name, u.Attributes)).ToList())).ToList();
        var orderer = new DevOrdererOrganization("Orderer", config.Orderer.MspId, config.Orderer.Domain, [config.Orderer.Name]);
        return new DevConsortium(organizations, orderer);
    }
}
