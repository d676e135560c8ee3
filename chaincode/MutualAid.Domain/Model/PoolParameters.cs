namespace MutualAid.Domain.Model;

/// <summary>
/// The rules of a pool. Amounts are minor units of <see cref="Currency"/>; rates are basis points; windows
/// are whole days. Set at creation; changed only through governance (a new version; claims keep the version
/// they were filed under). Properties after <see cref="MaxClaimAttemptsPerMember"/> have defaults so a pool
/// may state only what differs. Those have setters, not init accessors: the source-generated deserializer
/// assigns every init-only property at construction, so an omitted one would become 0 instead of its default.
/// </summary>
public sealed record PoolParameters
{
    /// <summary>ISO 4217 currency of every amount in the pool.</summary>
    public required string Currency { get; init; }

    /// <summary>Days after joining before an event is covered.</summary>
    public required int WaitingPeriodDays { get; init; }

    /// <summary>Days after the event within which a claim must be filed.</summary>
    public required int FilingDeadlineDays { get; init; }

    /// <summary>Most a single claim can be approved for.</summary>
    public required long MaxBenefitPerClaim { get; init; }

    /// <summary>Most a member can receive over their membership.</summary>
    public required long MaxBenefitPerMemberLifetime { get; init; }

    /// <summary>Management fee charged on every payout, in basis points of the payout.</summary>
    public required int ManagementFeeBps { get; init; }

    /// <summary>Share of all contributions ever received that payouts may not draw, in basis points.</summary>
    public required int ReserveRatioBps { get; init; }

    /// <summary>k: distinct organizations that must approve a claim (at least one an insurer).</summary>
    public required int EndorsementThreshold { get; init; }

    /// <summary>Days a claim stays publicly noticed, open to objection, before approval.</summary>
    public required int NoticeWindowDays { get; init; }

    /// <summary>Days after approval within which the claim must be paid; afterwards it expires.</summary>
    public required int RedemptionWindowDays { get; init; }

    /// <summary>How many claims a member may file in the pool.</summary>
    public required int MaxClaimAttemptsPerMember { get; init; }

    /// <summary>Days from filing within which review must reach a decision; afterwards the claim lapses to Rejected.</summary>
    public int ReviewWindowDays { get; set; } = 60;

    /// <summary>Days after a rejection within which the claimant may appeal (once).</summary>
    public int AppealWindowDays { get; set; } = 14;

    /// <summary>Days the jury votes on an appeal, before extensions.</summary>
    public int AppealVotingDays { get; set; } = 7;

    /// <summary>Days of membership, at the moment the appeal opens, a juror needs.</summary>
    public int JurorMinMembershipDays { get; set; } = 30;

    /// <summary>Fewest ballots for a valid appeal vote; fewer and the rejection stands.</summary>
    public int JuryQuorum { get; set; } = 3;

    /// <summary>Share of ballots (basis points) that upholding must exceed; a tie never upholds.</summary>
    public int JuryUpholdThresholdBps { get; set; } = 5_000;

    /// <summary>A ballot this close to the voting deadline (hours) moves the deadline to this long after it.</summary>
    public int JuryExtensionHours { get; set; } = 24;

    /// <summary>Days a governance proposal is open to votes.</summary>
    public int ProposalVotingDays { get; set; } = 7;

    /// <summary>Share of the electorate (basis points) that must vote for a proposal to be valid.</summary>
    public int ProposalQuorumBps { get; set; } = 5_000;

    /// <summary>Share of for + against votes (basis points) that "for" must exceed.</summary>
    public int ProposalMajorityBps { get; set; } = 5_000;

    /// <summary>Share of the whole electorate (basis points) that must vote for an emergency pause.</summary>
    public int QualifiedMajorityBps { get; set; } = 6_667;

    /// <summary>Days between a proposal passing and taking effect (pause and unpause take effect at once).</summary>
    public int TimelockDays { get; set; } = 2;

    /// <summary>Most active members the pool accepts (capacity).</summary>
    public int MaxActiveMembers { get; set; } = 1_000_000;

    /// <summary>
    /// How far approved-but-unpaid claims may exceed the free funds (balance above the locked reserve, plus what one
    /// sharing period can charge). 0 means every approval must be funded; the default (10^15) keeps pay-as-you-go pools
    /// working as they did before the rule existed. Payouts never break the balance or reserve whatever this says.
    /// </summary>
    public long MaxUnfundedApprovals { get; set; } = 1_000_000_000_000_000;

    /// <summary>Most of a payout (basis points) withheld to offset the member's open recoveries.</summary>
    public int MaxOffsetBps { get; set; } = 5_000;

    /// <summary>Periodic cost sharing (Xiang Hu Bao style, with caps); null for a contribution-funded pool.</summary>
    public CostSharingTerms? CostSharing { get; init; }
}
