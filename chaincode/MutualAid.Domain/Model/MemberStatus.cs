namespace MutualAid.Domain.Model;

/// <summary>The status of a membership.</summary>
public enum MemberStatus
{
    /// <summary>Covered and contributing.</summary>
    Active,

    /// <summary>Left the pool; events after the exit date are not covered.</summary>
    Exited,
}
