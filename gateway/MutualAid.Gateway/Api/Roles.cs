namespace MutualAid.Gateway.Api;

/// <summary>
/// The <c>role</c> certificate attributes the chaincode knows, and the regulator's MSP id. The gateway mirrors the
/// chaincode's role rules at the edge (a test checks the mirror against the domain router); the chaincode enforces them anyway.
/// </summary>
public static class Roles
{
    /// <summary>Reviews, endorses and objects to claims.</summary>
    public const string Assessor = "assessor";

    /// <summary>Enrols members, records contributions and files claims.</summary>
    public const string Caseworker = "caseworker";

    /// <summary>Disburses payouts and relief.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>Represents an organization in pool creation and governance.</summary>
    public const string Delegate = "delegate";

    /// <summary>Reads everything, writes nothing.</summary>
    public const string Auditor = "auditor";

    /// <summary>The regulator's MSP id: read-only everywhere.</summary>
    public const string RegulatorMspId = "RegulatorMSP";

    /// <summary>Every operating role: the callers of the deadline transactions anyone operating may trigger.</summary>
    public static IReadOnlyList<string> AnyOperator { get; } = [Assessor, Caseworker, Coordinator, Delegate];
}
