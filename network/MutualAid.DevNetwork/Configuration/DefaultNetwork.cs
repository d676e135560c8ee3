namespace MutualAid.DevNetwork.Configuration;

/// <summary>
/// The consortium the development network runs when no configuration file is given: an insurer, an
/// NGO and a regulator with one peer each, and a channel <c>mutualaid</c> on which the regulator
/// reads but does not write, and chaincodes need the insurer's and the NGO's endorsement.
/// </summary>
public static class DefaultNetwork
{
    /// <summary>The roles the mutual-aid chaincode knows, one user each per writing organization.</summary>
    public static readonly IReadOnlyList<string> Roles = ["assessor", "caseworker", "coordinator", "delegate", "auditor"];

    /// <summary>The default configuration, with the first peer ports at 7051, 9051 and 11051.</summary>
    public static NetworkConfig Create() => new()
    {
        Organizations =
        [
            Organization("Insurer", "InsurerMSP", "insurer.example.com", 7051, Roles),
            Organization("Ngo", "NgoMSP", "ngo.example.com", 9051, Roles),
            Organization("Regulator", "RegulatorMSP", "regulator.example.com", 11051, ["auditor"]),
        ],
        Orderer = new OrdererConfig { MspId = "OrdererMSP", Domain = "example.com" },
        Channels =
        [
            new ChannelConfig
            {
                Name = "mutualaid",
                Readers = ["InsurerMSP", "NgoMSP", "RegulatorMSP"],
                Writers = ["InsurerMSP", "NgoMSP"],
                EndorsementPolicy = "AND('InsurerMSP.peer', 'NgoMSP.peer')",
            },
        ],
    };

    private static OrganizationConfig Organization(string name, string mspId, string domain, int port, IEnumerable<string> roles) => new()
    {
        Name = name,
        MspId = mspId,
        Domain = domain,
        Peers = [new PeerConfig { Name = "peer0", Port = port }],
        Users =
        [
            new UserConfig { Name = "User1" },
            .. roles.Select(role => new UserConfig
            {
                Name = char.ToUpperInvariant(role[0]) + role[1..],
                Attributes = new Dictionary<string, string> { ["role"] = role },
            }),
        ],
    };
}
