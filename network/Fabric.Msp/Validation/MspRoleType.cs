namespace Fabric.Msp.Validation;

/// <summary>The role of a policy principal, numbered as Fabric's <c>common.MSPRole.MSPRoleType</c>.</summary>
public enum MspRoleType
{
    /// <summary>Any valid identity of the MSP.</summary>
    Member = 0,

    /// <summary>An admin: the admin OU under NodeOUs.</summary>
    Admin = 1,

    /// <summary>A client: the client OU (NodeOUs required).</summary>
    Client = 2,

    /// <summary>A peer: the peer OU (NodeOUs required).</summary>
    Peer = 3,

    /// <summary>An orderer: the orderer OU (NodeOUs required).</summary>
    Orderer = 4,
}
