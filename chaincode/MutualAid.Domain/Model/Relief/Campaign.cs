namespace MutualAid.Domain.Model;

/// <summary>
/// A disaster-relief campaign: trigger evidence recorded before any payment, a budget and a per-beneficiary
/// entitlement (minor units of the pool's currency), the dedup window and mode, and the fast-path caps.
/// The campaign is an account: funding, disbursements and recoveries are <see cref="ReliefEntry"/> deltas.
/// </summary>
public sealed record Campaign
{
    public required string CampaignId { get; init; }

    /// <summary>The disaster-relief pool whose organizations take part and whose pause stops disbursements.</summary>
    public required string PoolId { get; init; }

    /// <summary>The declaring coordinator's organization.</summary>
    public required string CoordinatorOrg { get; init; }

    public required string Currency { get; init; }
    public required TriggerEvidence Trigger { get; init; }
    public required long Budget { get; init; }
    public required long EntitlementPerBeneficiary { get; init; }

    /// <summary>The consortium dedup window whose salt hashes the beneficiaries.</summary>
    public required string WindowId { get; init; }

    public required DedupMode DedupMode { get; init; }
    public required long FastPathCapPerCoordinator { get; init; }
    public required long FastPathCapPerCampaign { get; init; }

    /// <summary>Days an assessor has to review a fast-path payment.</summary>
    public required int ReviewWindowDays { get; init; }

    public required DateTimeOffset DeclaredAt { get; init; }

    /// <summary>Disbursements are accepted until then.</summary>
    public required DateTimeOffset EndsAt { get; init; }

    public required CampaignStatus Status { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
}

/// <summary>The evidence that triggered a campaign: a document hash, a region code and the event's time window.</summary>
/// <param name="EvidenceHash">SHA-256 (hex) of the oracle reading, forecast or assessment.</param>
/// <param name="Region">A region code (e.g. an admin-area code).</param>
/// <param name="From">Start of the event window.</param>
/// <param name="To">End of the event window.</param>
public sealed record TriggerEvidence(string EvidenceHash, string Region, DateTimeOffset From, DateTimeOffset To);

/// <summary>Whether a duplicate beneficiary blocks a payment or is paid and flagged.</summary>
public enum DedupMode
{
    /// <summary>A beneficiary already served by another organization or campaign in the window is refused.</summary>
    Blocking,

    /// <summary>The payment goes through and a <see cref="DuplicateFlag"/> records the duplicate (speed first).</summary>
    Advisory,
}

/// <summary>Whether a campaign still disburses.</summary>
public enum CampaignStatus
{
    /// <summary>Disbursing.</summary>
    Open,

    /// <summary>Ended; no more disbursements (reviews and recoveries continue).</summary>
    Closed,
}
