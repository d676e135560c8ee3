using MutualAid.Domain.Model;

namespace MutualAid.Domain.Routing;

/// <summary>Reads the certificate's <c>role</c> attribute (lower case: assessor, caseworker, ...).</summary>
public static class RoleParser
{
    /// <summary>The role, or null for a missing or unknown attribute.</summary>
    public static Role? Parse(string? attribute) => attribute switch
    {
        "assessor" => Role.Assessor,
        "caseworker" => Role.Caseworker,
        "coordinator" => Role.Coordinator,
        "delegate" => Role.Delegate,
        "auditor" => Role.Auditor,
        "member" => Role.Member,
        _ => null,
    };

    /// <summary>The attribute value of <paramref name="role"/>.</summary>
    public static string Format(Role role) => role.ToString().ToLowerInvariant();
}
