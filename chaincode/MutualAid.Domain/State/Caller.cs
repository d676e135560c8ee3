namespace MutualAid.Domain.State;

/// <summary>The identity that signed the proposal, as read from its certificate.</summary>
/// <param name="MspId">The organization's MSP id.</param>
/// <param name="Role">The certificate's <c>role</c> attribute, or null when absent.</param>
/// <param name="ClientId">The client id string (never written to public state: it may name a person).</param>
public sealed record Caller(string MspId, string? Role, string ClientId);
