namespace Fabric.Msp.DevCa;

/// <summary>An organization running peers, written under <c>peerOrganizations/&lt;domain&gt;</c>.</summary>
/// <param name="Name">A display name, e.g. <c>Insurer</c>.</param>
/// <param name="MspId">The MSP id, e.g. <c>InsurerMSP</c>.</param>
/// <param name="Domain">The DNS domain, e.g. <c>insurer.mutualaid.local</c>.</param>
/// <param name="Peers">Peer names, e.g. <c>peer0</c>, giving hosts <c>peer0.&lt;domain&gt;</c>.</param>
/// <param name="Users">Client users besides the admin.</param>
public sealed record DevPeerOrganization(
    string Name, string MspId, string Domain, IReadOnlyList<string> Peers, IReadOnlyList<DevUser> Users)
    : DevOrganizationSpec(Name, MspId, Domain, Users)
{
    /// <inheritdoc />
    public override bool IsOrderer => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> NodeNames => Peers;
}
