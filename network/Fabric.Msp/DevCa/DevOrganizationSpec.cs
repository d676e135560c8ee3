namespace Fabric.Msp.DevCa;

/// <summary>
/// What the development CA generates for one organization: a CA and a TLS CA, its nodes, an
/// <c>Admin</c> user (admin OU) and the listed users (client OU).
/// </summary>
/// <param name="Name">A display name, e.g. <c>Insurer</c>.</param>
/// <param name="MspId">The MSP id, e.g. <c>InsurerMSP</c>.</param>
/// <param name="Domain">The DNS domain, e.g. <c>insurer.mutualaid.local</c>; folder and host names derive from it.</param>
/// <param name="Users">Client users besides the admin.</param>
public abstract record DevOrganizationSpec(string Name, string MspId, string Domain, IReadOnlyList<DevUser> Users)
{
    /// <summary>True for the ordering organization (<c>ordererOrganizations/</c>, orderer OU nodes).</summary>
    public abstract bool IsOrderer { get; }

    /// <summary>The node names before <c>.domain</c>: peers or orderers.</summary>
    public abstract IReadOnlyList<string> NodeNames { get; }
}
