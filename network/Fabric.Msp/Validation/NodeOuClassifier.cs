using System.Security.Cryptography.X509Certificates;
using Fabric.Msp.Errors;
using Fabric.Msp.Identities;

namespace Fabric.Msp.Validation;

/// <summary>Finds the one NodeOU role of a validated identity, as Fabric's MSP does under NodeOUs.</summary>
internal static class NodeOuClassifier
{
    /// <summary>Returns the single role whose OU the certificate carries (and whose certifier issued it).</summary>
    /// <exception cref="IdentityRejectedException">No role OU, or more than one.</exception>
    public static IdentityRole Classify(
        X509Identity identity, IReadOnlyList<X509Certificate2> chain, NodeOuSettings settings)
    {
        var units = DistinguishedNames.OrganizationalUnits(identity.Certificate.SubjectName);
        var issuer = chain.Count > 1 ? chain[1] : null;
        var matches = new List<IdentityRole>();
        foreach (var (role, identifier) in settings.Identifiers())
        {
            var certified = identifier.Certifier is null
                || (issuer is not null && identifier.Certifier.RawDataMemory.Span.SequenceEqual(issuer.RawDataMemory.Span));
            if (certified && units.Contains(identifier.OrganizationalUnit, StringComparer.Ordinal))
            {
                matches.Add(role);
            }
        }

        return matches.Count switch
        {
            1 => matches[0],
            0 => throw MspDefinition.Reject(
                MspErrorCodes.NodeOuMissing,
                identity,
                "the identity does not have an OU that resolves to client, peer, orderer or admin role"),
            _ => throw MspDefinition.Reject(
                MspErrorCodes.NodeOuAmbiguous,
                identity,
                $"the identity must be exactly one of client, peer, orderer or admin, not {string.Join(" and ", matches)}"),
        };
    }
}
