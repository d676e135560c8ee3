using System.Security.Claims;

namespace MutualAid.Gateway.Security;

/// <summary>An authenticated caller: the wallet identity their key maps to, its organization and role.</summary>
/// <param name="Identity">The wallet label, e.g. <c>Caseworker@ngo.example.com</c>.</param>
/// <param name="MspId">The organization.</param>
/// <param name="Role">The certificate's role attribute, or null.</param>
public sealed record Caller(string Identity, string MspId, string? Role)
{
    /// <summary>The claim type of the MSP id.</summary>
    public const string MspClaim = "msp";

    /// <summary>The claim type of the role attribute.</summary>
    public const string RoleClaim = "role";

    /// <summary>The caller of an authenticated request.</summary>
    /// <exception cref="InvalidOperationException">The request is not authenticated.</exception>
    public static Caller From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.Identity?.Name ?? throw new InvalidOperationException("the request is not authenticated");
        var msp = user.FindFirstValue(MspClaim) ?? throw new InvalidOperationException("the principal has no MSP id");
        return new Caller(name, msp, user.FindFirstValue(RoleClaim));
    }

    /// <summary>The principal of this caller.</summary>
    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, Identity), new(MspClaim, MspId) };
        if (Role is not null)
        {
            claims.Add(new Claim(RoleClaim, Role));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
