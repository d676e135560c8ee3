using Fabric.Msp.DevCa;

namespace Fabric.Msp.Tests.Support;

/// <summary>A MutualAid-like consortium: four peer organizations and an orderer organization.</summary>
internal static class SampleConsortium
{
    public static DevConsortium Create() => new(
        [
            Organization("Insurer", "InsurerMSP", "insurer.mutualaid.local", ("User1", "assessor"), ("User2", "caseworker"), ("User3", "treasurer")),
            Organization("Ngo", "NgoMSP", "ngo.mutualaid.local", ("User1", "coordinator"), ("User2", "caseworker")),
            Organization("Relief", "ReliefMSP", "relief.mutualaid.local", ("User1", "coordinator"), ("User2", "assessor")),
            Organization("Regulator", "RegulatorMSP", "regulator.mutualaid.local", ("User1", "auditor")),
        ],
        new DevOrdererOrganization("Orderer", "OrdererMSP", "mutualaid.local", ["orderer"]));

    private static DevPeerOrganization Organization(string name, string mspId, string domain, params (string User, string Role)[] users) =>
        new(name, mspId, domain, ["peer0", "peer1"], users.Select(u => new DevUser(u.User, new Dictionary<string, string> { ["role"] = u.Role })).ToList());
}
