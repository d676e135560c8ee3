using MutualAid.Gateway.Invocation;

namespace MutualAid.Gateway.Security;

/// <summary>
/// The one place a request becomes a <see cref="Caller"/>: <c>X-Api-Key: &lt;key&gt;</c> or <c>Authorization: Bearer
/// &lt;key&gt;</c>, checked against the organization's hashed keys as the key file says now (a revoked key fails on the
/// next request) and mapped to a wallet identity of this gateway's organization. Keys are never logged.
/// </summary>
public sealed class CallerAuthentication(LiveApiKeys keys, Wallet wallet)
{
    /// <summary>The API key header.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>The caller presenting the request's key, or the 401 failure: no key, or one unknown, revoked or of another organization.</summary>
    public (Caller? Caller, InvocationFailure? Failure) Authenticate(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var presented = PresentedKey(request);
        if (presented is null)
        {
            return (null, Unauthenticated($"send an API key in {HeaderName} or as Authorization: Bearer <key>"));
        }

        var entry = keys.Find(presented);
        var identity = entry is null || entry.MspId != wallet.MspId ? null : wallet.Find(entry.Identity);
        return identity is null
            ? (null, Unauthenticated("the API key is unknown or has been revoked"))
            : (new Caller(identity), null);
    }

    private static InvocationFailure Unauthenticated(string detail) =>
        new(StatusCodes.Status401Unauthorized, GatewayErrorCodes.Unauthenticated, detail, null, true);

    /// <summary>The key the request presents (<c>X-Api-Key</c>, else a bearer token), or null.</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }
}
