namespace MutualAid.Domain.Model;

/// <summary>
/// A campaign's outflow lock: every disbursement reads and rewrites it, so concurrent disbursements conflict
/// under MVCC and the budget and fast-path cap checks see every committed payment.
/// </summary>
public sealed record CampaignOutflows
{
    public required string CampaignId { get; init; }
    public required long Sequence { get; init; }

    /// <summary>Sum of all disbursements (never above the budget).</summary>
    public required long Disbursed { get; init; }

    /// <summary>Sum of fast-path disbursements (never above the campaign's fast-path cap).</summary>
    public required long FastPath { get; init; }

    public string? LastTxId { get; init; }
}

/// <summary>One coordinator's fast-path total in a campaign. The coordinator appears only as a hash of their identity.</summary>
public sealed record FastPathUsage
{
    public required string CampaignId { get; init; }

    /// <summary>SHA-256 of the coordinator's MSP id and client id.</summary>
    public required string CoordinatorRef { get; init; }

    public required string OrgMsp { get; init; }
    public required long Total { get; init; }
}
