namespace MutualAid.Gateway.Security;

/// <summary>An authenticated caller: the wallet identity their key maps to, its organization and role.</summary>
/// <param name="Identity">The wallet label, e.g. <c>Caseworker@ngo.example.com</c>.</param>
/// <param name="MspId">The organization.</param>
/// <param name="Role">The certificate's role attribute, or null.</param>
public sealed record Caller(string Identity, string MspId, string? Role)
{
    /// <summary>The caller of a request to an endpoint of <see cref="AuthenticatedEndpoints"/>.</summary>
    /// <exception cref="InvalidOperationException">The request was not authenticated: the endpoint is outside that group.</exception>
    public static Caller Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<Caller>() ?? throw new InvalidOperationException("the request is not authenticated");
    }
}
