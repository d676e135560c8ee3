using System.Security.Cryptography.X509Certificates;

namespace Fabric.Msp.Validation;

/// <summary>
/// One NodeOU identifier of an MSP's config.yaml: the OU value that marks a role and, optionally, the CA
/// certificate that must have issued identities carrying it.
/// </summary>
/// <param name="OrganizationalUnit">The OU value, e.g. <c>client</c>.</param>
/// <param name="Certifier">When set, only identities issued directly by this CA get the role.</param>
public sealed record NodeOuIdentifier(string OrganizationalUnit, X509Certificate2? Certifier = null);
