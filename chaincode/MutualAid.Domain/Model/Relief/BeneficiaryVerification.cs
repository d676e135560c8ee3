namespace MutualAid.Domain.Model;

/// <summary>
/// An assessor's prior verification of a beneficiary for a campaign: the standard (dual-control) path pays only
/// verified beneficiaries, and only through an organization other than the verifier's.
/// </summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="BeneficiaryHash">The salted beneficiary hash.</param>
/// <param name="VerifierOrg">The verifying organization.</param>
/// <param name="EvidenceRef">SHA-256 (hex) of the verification record, held off-ledger.</param>
/// <param name="At">When it was verified.</param>
public sealed record BeneficiaryVerification(string CampaignId, string BeneficiaryHash, string VerifierOrg, string EvidenceRef, DateTimeOffset At);
