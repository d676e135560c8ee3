namespace MutualAid.Domain.Model;

/// <summary>An organization taking part in a pool, with the kind that counts for endorsement.</summary>
/// <param name="MspId">The organization's MSP id.</param>
/// <param name="Kind">Insurer, NGO or relief coordinator.</param>
/// <param name="Suspended">True after a governance suspension: it may no longer act in the pool (its members stay covered).</param>
public sealed record PoolOrganization(string MspId, OrgKind Kind, bool Suspended = false);
