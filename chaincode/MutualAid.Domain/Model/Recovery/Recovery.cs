using System.Text.Json.Serialization;

namespace MutualAid.Domain.Model;

/// <summary>
/// A receivable (clawback) against a paid claim or a relief payment. Repayments and offsets against later
/// benefits are Recovery ledger entries of the account that paid (the pool or the campaign); this record holds
/// their running totals, which the entries must equal.
/// </summary>
public sealed record Recovery
{
    public required string RecoveryId { get; init; }
    public required RecoverySource Source { get; init; }
    public required string PoolId { get; init; }
    public string? CampaignId { get; init; }
    public string? ClaimId { get; init; }
    public string? PaymentId { get; init; }

    /// <summary>The debtor: a member (claims) or a salted beneficiary hash (relief).</summary>
    public string? MemberId { get; init; }

    public string? BeneficiaryHash { get; init; }
    public required Money Amount { get; init; }
    public required long Repaid { get; init; }
    public required long Offset { get; init; }
    public required RecoveryStatus Status { get; init; }
    public required string ReasonCode { get; init; }
    public required string EvidenceRef { get; init; }
    public required string OpenedBy { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? SettledAt { get; init; }

    /// <summary>What is still owed (derived).</summary>
    [JsonIgnore]
    public long Outstanding => checked(Amount.Amount - Repaid - Offset);
}

/// <summary>What a recovery is against.</summary>
public enum RecoverySource
{
    /// <summary>A paid claim.</summary>
    Claim,

    /// <summary>A relief payment whose review failed.</summary>
    ReliefPayment,
}

/// <summary>Whether a recovery is still owed.</summary>
public enum RecoveryStatus
{
    /// <summary>Something is outstanding.</summary>
    Open,

    /// <summary>Repaid and offset in full.</summary>
    Settled,
}
