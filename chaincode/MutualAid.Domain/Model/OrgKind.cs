namespace MutualAid.Domain.Model;

/// <summary>What an organization is within a pool; endorsement needs at least one insurer.</summary>
public enum OrgKind
{
    /// <summary>A licensed insurer.</summary>
    Insurer,

    /// <summary>A non-governmental organization.</summary>
    Ngo,

    /// <summary>A disaster-relief coordinator.</summary>
    ReliefCoordinator,
}
