namespace Fabric.Msp.Validation;

/// <summary>The role a valid identity has in its MSP, as NodeOUs classify it.</summary>
public enum IdentityRole
{
    /// <summary>A valid member of an MSP without NodeOUs, which cannot tell roles apart.</summary>
    Member,

    /// <summary>Carries the client OU.</summary>
    Client,

    /// <summary>Carries the peer OU.</summary>
    Peer,

    /// <summary>Carries the admin OU.</summary>
    Admin,

    /// <summary>Carries the orderer OU.</summary>
    Orderer,
}
