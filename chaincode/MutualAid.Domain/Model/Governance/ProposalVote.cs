namespace MutualAid.Domain.Model;

/// <summary>One organization's reasoned vote on a proposal, cast by its delegate (one per organization).</summary>
/// <param name="ProposalId">The proposal.</param>
/// <param name="OrgMsp">The voting organization.</param>
/// <param name="Choice">For, against or abstain.</param>
/// <param name="ReasonCode">Why.</param>
/// <param name="EvidenceRef">SHA-256 (hex) of the reasoning.</param>
/// <param name="At">When it was cast.</param>
public sealed record ProposalVote(string ProposalId, string OrgMsp, VoteChoice Choice, string ReasonCode, string EvidenceRef, DateTimeOffset At);
