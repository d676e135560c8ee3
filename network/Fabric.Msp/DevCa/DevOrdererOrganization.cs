namespace Fabric.Msp.DevCa;

/// <summary>The ordering organization, written under <c>ordererOrganizations/&lt;domain&gt;</c>, with an admin and no other users.</summary>
/// <param name="Name">A display name, e.g. <c>Orderer</c>.</param>
/// <param name="MspId">The MSP id, e.g. <c>OrdererMSP</c>.</param>
/// <param name="Domain">The DNS domain, e.g. <c>mutualaid.local</c>.</param>
/// <param name="Orderers">Orderer names, e.g. <c>orderer</c>, giving hosts <c>orderer.&lt;domain&gt;</c>.</param>
public sealed record DevOrdererOrganization(string Name, string MspId, string Domain, IReadOnlyList<string> Orderers)
    : DevOrganizationSpec(Name, MspId, Domain, [])
{
    /// <inheritdoc />
    public override bool IsOrderer => true;

    /// <inheritdoc />
    public override IReadOnlyList<string> NodeNames => Orderers;
}
