namespace MutualAid.Domain.Model;

/// <summary>
/// A governance proposal of one closed <see cref="ProposalKind"/>. The electorate and the voting rules are fixed
/// when it opens; votes are separate records (<see cref="ProposalVote"/>); the tally, the effective time and the
/// outcome are written by TallyProposal and ExecuteProposal, each with a notice event for members and regulators.
/// </summary>
public sealed record Proposal
{
    public required string ProposalId { get; init; }

    /// <summary>The pool it changes (for CreatePool, the pool it would create).</summary>
    public required string PoolId { get; init; }

    public required ProposalKind Kind { get; init; }
    public required string ProposerOrg { get; init; }
    public required string ReasonCode { get; init; }
    public required string EvidenceRef { get; init; }

    /// <summary>ChangePoolParameters: the complete new parameters.</summary>
    public PoolParameters? Parameters { get; init; }

    /// <summary>CreatePool: the pool to create.</summary>
    public PoolCharter? Charter { get; init; }

    /// <summary>AdmitOrganization, SuspendOrganization: the organization.</summary>
    public string? OrganizationMsp { get; init; }

    public OrgKind? OrganizationKind { get; init; }

    /// <summary>ChangePayoutDestination: the member and the new destination hash.</summary>
    public string? MemberId { get; init; }

    public string? DestinationHash { get; init; }

    /// <summary>The organizations that may vote, in MSP id order (active participants when it opened).</summary>
    public required IReadOnlyList<string> Electorate { get; init; }

    public required int QuorumBps { get; init; }
    public required int MajorityBps { get; init; }
    public required int QualifiedMajorityBps { get; init; }
    public required int TimelockDays { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset VotingEndsAt { get; init; }
    public required ProposalStatus Status { get; init; }
    public int For { get; init; }
    public int Against { get; init; }
    public int Abstain { get; init; }
    public DateTimeOffset? TalliedAt { get; init; }

    /// <summary>When a passed proposal may be executed (end of the timelock): its announced effective time.</summary>
    public DateTimeOffset? ExecutableAt { get; init; }

    public DateTimeOffset? ExecutedAt { get; init; }

    /// <summary>Why it ended: PASSED, QUORUM_NOT_MET, MAJORITY_NOT_REACHED, QUALIFIED_MAJORITY_NOT_REACHED, EXECUTED or a failure code.</summary>
    public string? Outcome { get; init; }

    /// <summary>ChangePayoutDestination: the destination it replaced (claims filed before stay bound to it).</summary>
    public string? PreviousDestinationHash { get; init; }

    /// <summary>ChangePoolParameters: the parameters version it created.</summary>
    public int? ResultingVersion { get; init; }
}
