namespace MutualAid.Gateway.Security;

/// <summary>A plain API key as written once to an organization's credentials file.</summary>
/// <param name="Identity">The wallet label.</param>
/// <param name="Role">The identity's role attribute, or null.</param>
/// <param name="ApiKey">The key; shown in this file only.</param>
public sealed record IssuedCredential(string Identity, string? Role, string ApiKey);
