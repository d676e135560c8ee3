using System.Text.Json.Serialization;

namespace MutualAid.Domain.Model;

/// <summary>One per-transaction delta of a campaign account, never updated; balances are sums of entries.</summary>
public sealed record ReliefEntry
{
    public required string CampaignId { get; init; }
    public required string TxId { get; init; }
    public required int Seq { get; init; }
    public required ReliefEntryKind Kind { get; init; }

    /// <summary>Always positive; the kind gives the sign.</summary>
    public required Money Amount { get; init; }

    public string? PaymentId { get; init; }
    public string? BeneficiaryHash { get; init; }
    public string? RecoveryId { get; init; }
    public string? PaymentReference { get; init; }
    public string? DestinationHash { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>The signed effect on the campaign balance (derived).</summary>
    [JsonIgnore]
    public long SignedAmount => Kind == ReliefEntryKind.Disbursement ? checked(-Amount.Amount) : Amount.Amount;
}

/// <summary>The kind of a campaign ledger entry.</summary>
public enum ReliefEntryKind
{
    /// <summary>Money received for the campaign from a funder.</summary>
    Funding,

    /// <summary>Money paid to a beneficiary.</summary>
    Disbursement,

    /// <summary>Money recovered on a failed-review receivable (repayment or offset).</summary>
    Recovery,
}
