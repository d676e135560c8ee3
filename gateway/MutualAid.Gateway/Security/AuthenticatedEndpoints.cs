using MutualAid.Gateway.Api;

namespace MutualAid.Gateway.Security;

/// <summary>
/// The group every API endpoint is mapped in: before its handler runs, the request is authenticated by
/// <see cref="CallerAuthentication"/>; without a valid key it is answered 401 with a problem document and a
/// <c>WWW-Authenticate</c> challenge, and the handler never runs. Handlers read the caller with <see cref="Caller.Of"/>.
/// </summary>
public static class AuthenticatedEndpoints
{
    /// <summary>The challenge a 401 carries: both ways of presenting a key.</summary>
    public const string Challenge = "Bearer, ApiKey";

    /// <summary>A group of <paramref name="endpoints"/> whose every endpoint needs a caller.</summary>
    public static RouteGroupBuilder MapAuthenticated(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGroup(string.Empty).AddEndpointFilterFactory((factory, next) =>
        {
            // Resolved once per endpoint: the check itself allocates no request services.
            var authentication = factory.ApplicationServices.GetRequiredService<CallerAuthentication>();
            return invocation => AuthenticateAsync(authentication, invocation, next);
        });
    }

    private static async ValueTask<object?> AuthenticateAsync(
        CallerAuthentication authentication, EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var (caller, failure) = authentication.Authenticate(context.Request);
        if (failure is not null)
        {
            context.Response.Headers.WWWAuthenticate = Challenge;
            await Problems.From(context, failure).WriteAsync(context).ConfigureAwait(false);
            return Results.Empty;
        }

        context.Features.Set(caller);
        return await next(invocation).ConfigureAwait(false);
    }
}
