namespace MutualAid.Domain.Model;

/// <summary>
/// The dedup record of a salted beneficiary hash in a window, shared by every organization and campaign:
/// the first (campaign, organization) that paid the beneficiary owns it; a payment from another is a duplicate.
/// </summary>
public sealed record BeneficiaryRecord
{
    public required string WindowId { get; init; }
    public required string BeneficiaryHash { get; init; }
    public required string FirstCampaignId { get; init; }
    public required string FirstOrg { get; init; }
    public required DateTimeOffset FirstPaidAt { get; init; }
    public required int Payments { get; init; }
}

/// <summary>What one beneficiary has received from one campaign (never above the entitlement).</summary>
public sealed record CampaignBeneficiary
{
    public required string CampaignId { get; init; }
    public required string BeneficiaryHash { get; init; }
    public required long Total { get; init; }
    public required int Payments { get; init; }
}

/// <summary>An advisory-mode duplicate: paid, and recorded here for follow-up.</summary>
public sealed record DuplicateFlag
{
    public required string WindowId { get; init; }
    public required string BeneficiaryHash { get; init; }
    public required string PaymentId { get; init; }
    public required string CampaignId { get; init; }
    public required string OrgMsp { get; init; }
    public required string FirstCampaignId { get; init; }
    public required string FirstOrg { get; init; }
    public required DateTimeOffset At { get; init; }
}
