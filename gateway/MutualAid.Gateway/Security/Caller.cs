using MutualAid.Gateway.Invocation;

namespace MutualAid.Gateway.Security;

/// <summary>An authenticated caller: the wallet identity their key maps to, which the gateway signs as.</summary>
/// <param name="Wallet">The identity in this organization's wallet.</param>
public sealed record Caller(WalletIdentity Wallet)
{
    /// <summary>The wallet label, e.g. <c>Caseworker@ngo.example.com</c>.</summary>
    public string Identity => Wallet.Label;

    /// <summary>The organization.</summary>
    public string MspId => Wallet.MspId;

    /// <summary>The certificate's role attribute, or null.</summary>
    public string? Role => Wallet.Role;

    /// <summary>The caller of a request to an endpoint of <see cref="AuthenticatedEndpoints"/>.</summary>
    /// <exception cref="InvalidOperationException">The request was not authenticated: the endpoint is outside that group.</exception>
    public static Caller Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<Caller>() ?? throw new InvalidOperationException("the request is not authenticated");
    }
}
