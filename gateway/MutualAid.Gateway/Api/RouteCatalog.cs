using MutualAid.Gateway.Api.Routes;

namespace MutualAid.Gateway.Api;

/// <summary>Every endpoint that calls a chaincode function, grouped by resource.</summary>
public static class RouteCatalog
{
    /// <summary>All function routes.</summary>
    public static IReadOnlyList<FunctionRoute> All { get; } =
    [
        .. PoolRoutes.All, .. MemberRoutes.All, .. ClaimRoutes.All, .. AppealRoutes.All,
        .. GovernanceRoutes.All, .. ReliefRoutes.All, .. RecoveryRoutes.All,
    ];
}
