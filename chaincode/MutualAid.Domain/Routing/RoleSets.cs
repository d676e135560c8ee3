using MutualAid.Domain.Model;

namespace MutualAid.Domain.Routing;

/// <summary>Role sets shared by several handlers.</summary>
public static class RoleSets
{
    /// <summary>
    /// Every operating role of a consortium organization: the callers of the permissionless deadline
    /// transactions (LapseReview, CloseRejectedClaim, ResolveAppeal, TallyProposal, ExecuteProposal, ...),
    /// which only apply a rule whose outcome the deadline already fixed. Auditors and regulators stay read-only.
    /// </summary>
    public static IReadOnlyList<Role> AnyOperator { get; } = [Role.Assessor, Role.Caseworker, Role.Coordinator, Role.Delegate];
}
