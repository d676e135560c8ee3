using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using MutualAid.Gateway.Api;
using MutualAid.Gateway.Invocation;

namespace MutualAid.Gateway.Security;

/// <summary>
/// Authenticates <c>X-Api-Key: &lt;key&gt;</c> or <c>Authorization: Bearer &lt;key&gt;</c> against the organization's
/// hashed keys as the key file says now (a revoked key fails on the next request), mapping the caller to a wallet
/// identity of this gateway's organization. Answers 401 and 403 with problem documents. Keys are never logged.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, LiveApiKeys keys, Wallet wallet)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The API key header.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Presented(Request);
        if (presented is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var entry = keys.Find(presented);
        var identity = entry is null || entry.MspId != wallet.MspId ? null : wallet.Find(entry.Identity);
        if (identity is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("unknown API key"));
        }

        var principal = new Caller(identity.Label, identity.MspId, identity.Role).ToPrincipal(SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer, ApiKey";
        var detail = Presented(Request) is null
            ? $"send an API key in {HeaderName} or as Authorization: Bearer <key>"
            : "the API key is unknown or has been revoked";
        await Problems.WriteAsync(Context, Problems.Create(Context, StatusCodes.Status401Unauthorized, GatewayErrorCodes.Unauthenticated, detail, null))
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        await Problems.WriteAsync(Context, Problems.Create(Context, StatusCodes.Status403Forbidden, GatewayErrorCodes.ForbiddenRole,
            "the caller may not use this endpoint", null)).ConfigureAwait(false);

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }
}
