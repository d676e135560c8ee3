namespace MutualAid.Domain.Events;

/// <summary>Who caused an event: organization and role only (the client id may name a person and stays off the ledger).</summary>
/// <param name="MspId">The caller's organization.</param>
/// <param name="Role">The caller's role attribute.</param>
public sealed record EventActor(string MspId, string Role);
