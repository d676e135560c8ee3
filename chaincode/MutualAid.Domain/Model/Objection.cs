namespace MutualAid.Domain.Model;

/// <summary>An objection raised by an organization during a claim's notice window.</summary>
/// <param name="OrgMsp">The objecting organization.</param>
/// <param name="ReasonCode">Why.</param>
/// <param name="EvidenceRef">SHA-256 (hex) of the supporting document.</param>
/// <param name="At">When it was raised.</param>
public sealed record Objection(string OrgMsp, string ReasonCode, string EvidenceRef, DateTimeOffset At);
