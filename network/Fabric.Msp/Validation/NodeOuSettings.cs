namespace Fabric.Msp.Validation;

/// <summary>
/// The NodeOUs section of an MSP's config.yaml. When enabled, every identity must carry exactly one of
/// the configured client, peer, admin or orderer OUs, and that OU is its role. Admin and orderer
/// identifiers are optional, as in Fabric.
/// </summary>
public sealed record NodeOuSettings(
    bool Enabled,
    NodeOuIdentifier? Client,
    NodeOuIdentifier? Peer,
    NodeOuIdentifier? Admin,
    NodeOuIdentifier? Orderer)
{
    /// <summary>NodeOUs disabled: identities are plain members.</summary>
    public static NodeOuSettings Disabled { get; } = new(false, null, null, null, null);

    /// <summary>NodeOUs enabled with the OUs cryptogen and Fabric CA use: client, peer, admin, orderer; no certifier.</summary>
    public static NodeOuSettings Standard { get; } =
        new(true, new("client"), new("peer"), new("admin"), new("orderer"));

    /// <summary>The configured identifiers with their roles, skipping those not set.</summary>
    internal IEnumerable<(IdentityRole Role, NodeOuIdentifier Identifier)> Identifiers()
    {
        if (Client is not null)
        {
            yield return (IdentityRole.Client, Client);
        }

        if (Peer is not null)
        {
            yield return (IdentityRole.Peer, Peer);
        }

        if (Admin is not null)
        {
            yield return (IdentityRole.Admin, Admin);
        }

        if (Orderer is not null)
        {
            yield return (IdentityRole.Orderer, Orderer);
        }
    }
}
