using MutualAid.Gateway.Api;
using MutualAid.Gateway.Invocation;

namespace MutualAid.Gateway.Security;

/// <summary>
/// The chaincode's role rules, applied before anything reaches Fabric: reads are open to every caller; writes are
/// refused to regulators (<c>REGULATOR_READ_ONLY</c>) and to roles the function does not name (<c>FORBIDDEN_ROLE</c>).
/// The chaincode applies the same rules again; the channel policy refuses regulator writes a third time.
/// </summary>
public static class EdgeAuthorization
{
    /// <summary>Null when <paramref name="caller"/> may call <paramref name="route"/>, else the 403 failure.</summary>
    public static InvocationFailure? Check(FunctionRoute route, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(caller);
        if (!route.IsWrite)
        {
            return null;
        }

        if (caller.MspId == Roles.RegulatorMspId)
        {
            return new InvocationFailure(403, GatewayErrorCodes.RegulatorReadOnly, $"{route.Function} writes; regulators may only read", null, true);
        }

        return caller.Role is not null && route.Roles.Contains(caller.Role, StringComparer.Ordinal)
            ? null
            : new InvocationFailure(403, GatewayErrorCodes.ForbiddenRole,
                $"{route.Function} needs role {string.Join(" or ", route.Roles)}; caller has '{caller.Role}'", null, true);
    }
}
