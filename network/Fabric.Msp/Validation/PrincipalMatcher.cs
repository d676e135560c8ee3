using Fabric.Msp.Identities;

namespace Fabric.Msp.Validation;

/// <summary>
/// Decides whether an identity satisfies a role principal, as Fabric's MSP does for policy evaluation:
/// same MSP id and a valid identity; MEMBER accepts any role; ADMIN needs the admin OU; CLIENT, PEER and
/// ORDERER need NodeOUs enabled and the matching OU.
/// </summary>
public static class PrincipalMatcher
{
    /// <summary>True when <paramref name="identity"/>, validated by <paramref name="msp"/>, satisfies <paramref name="principal"/>.</summary>
    /// <remarks>Never throws for an invalid identity or a mismatching MSP: those simply do not satisfy the principal.</remarks>
    public static bool Satisfies(MspDefinition msp, X509Identity identity, MspPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(msp);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.MspId != msp.MspId || identity.MspId != principal.MspId)
        {
            return false;
        }

        if (!msp.TryValidate(identity, out var role))
        {
            return false;
        }

        return principal.Role switch
        {
            MspRoleType.Member => true,
            MspRoleType.Admin => role == IdentityRole.Admin,
            MspRoleType.Client => msp.NodeOus.Enabled && role == IdentityRole.Client,
            MspRoleType.Peer => msp.NodeOus.Enabled && role == IdentityRole.Peer,
            MspRoleType.Orderer => msp.NodeOus.Enabled && role == IdentityRole.Orderer,
            _ => false,
        };
    }
}
