using Fabric.Msp.Errors;

namespace Fabric.Msp.DevCa;

/// <summary>The organizations of a development network: peer organizations plus one ordering organization.</summary>
public sealed record DevConsortium(IReadOnlyList<DevPeerOrganization> PeerOrganizations, DevOrdererOrganization OrdererOrganization)
{
    /// <summary>Every organization, peer organizations first.</summary>
    public IEnumerable<DevOrganizationSpec> All => PeerOrganizations.Cast<DevOrganizationSpec>().Append(OrdererOrganization);

    /// <summary>Checks that names, MSP ids and domains are present and unique.</summary>
    /// <exception cref="MspException"><see cref="MspErrorCodes.InvalidSpecification"/> on the first problem found.</exception>
    public void Validate()
    {
        var organizations = All.ToList();
        Require(organizations.All(o => !string.IsNullOrWhiteSpace(o.MspId)), "every organization needs an MSP id");
        Require(organizations.All(o => IsDomain(o.Domain)), "every domain must be lowercase letters, digits, '-' and '.'");
        Require(organizations.Select(o => o.MspId).Distinct().Count() == organizations.Count, "MSP ids must be unique");
        Require(organizations.Select(o => o.Domain).Distinct().Count() == organizations.Count, "domains must be unique");
        foreach (var organization in organizations)
        {
            var users = organization.Users.Select(u => u.Name).ToList();
            Require(organization.NodeNames.Count > 0, $"{organization.MspId} has no nodes");
            Require(organization.NodeNames.All(IsHostLabel), $"{organization.MspId} has a node name that is not a host label");
            Require(organization.NodeNames.Distinct().Count() == organization.NodeNames.Count, $"{organization.MspId} has duplicate node names");
            Require(users.All(u => u.Length > 0 && !u.Contains('@', StringComparison.Ordinal) && !u.Contains('/', StringComparison.Ordinal)), $"{organization.MspId} has an invalid user name");
            Require(users.Distinct().Count() == users.Count && !users.Contains("Admin"), $"{organization.MspId} has duplicate user names or a user named Admin");
        }
    }

    private static bool IsDomain(string domain) =>
        !string.IsNullOrEmpty(domain) && domain.Split('.').All(IsHostLabel);

    private static bool IsHostLabel(string label) =>
        label.Length > 0 && label.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new MspException(MspErrorCodes.InvalidSpecification, problem);
        }
    }
}
