namespace MutualAid.Domain.Model;

/// <summary>The <c>role</c> certificate attribute of a caller.</summary>
public enum Role
{
    /// <summary>Reviews, endorses and objects to claims for an insurer or NGO.</summary>
    Assessor,

    /// <summary>Enrols members, records contributions and files claims for the members of their organization.</summary>
    Caseworker,

    /// <summary>Disburses payouts for the organization that holds a pool's funds.</summary>
    Coordinator,

    /// <summary>Represents an organization in pool creation and governance.</summary>
    Delegate,

    /// <summary>Reads everything, writes nothing.</summary>
    Auditor,

    /// <summary>A member reading their own statements.</summary>
    Member,
}
