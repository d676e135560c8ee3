namespace MutualAid.Domain.Model;

/// <summary>One organization's reasoned decision on a claim (one per organization).</summary>
/// <param name="OrgMsp">The endorsing organization.</param>
/// <param name="OrgKind">Its kind in the pool.</param>
/// <param name="Decision">Approve or reject.</param>
/// <param name="ApprovedAmount">The amount approved; null for a rejection.</param>
/// <param name="ReasonCode">A reason code from the cover wording.</param>
/// <param name="EvidenceRef">SHA-256 (hex) of the evidence or reasoning document.</param>
/// <param name="At">When it was recorded.</param>
public sealed record Endorsement(
    string OrgMsp,
    OrgKind OrgKind,
    EndorsementDecision Decision,
    Money? ApprovedAmount,
    string ReasonCode,
    string EvidenceRef,
    DateTimeOffset At);
