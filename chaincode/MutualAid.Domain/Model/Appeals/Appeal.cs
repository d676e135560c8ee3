namespace MutualAid.Domain.Model;

/// <summary>
/// A claimant's one appeal against a rejection, decided by a jury of eligible members. The rules in force
/// (eligibility cut-off, quorum, threshold, extension) are copied in when it opens, so the outcome can be
/// recomputed from the ballots alone. Ballots are separate records (<see cref="JuryBallot"/>) so concurrent
/// votes do not collide; the counts here are written when the appeal is resolved.
/// </summary>
public sealed record Appeal
{
    public required string ClaimId { get; init; }
    public required string PoolId { get; init; }
    public required string ClaimantMemberId { get; init; }
    public required string ClaimantOrg { get; init; }
    public required string ReasonCode { get; init; }
    public required string EvidenceRef { get; init; }

    /// <summary>The outcome code of the rejection appealed against.</summary>
    public required string RejectionOutcome { get; init; }

    public required DateTimeOffset FiledAt { get; init; }

    /// <summary>Jurors must have joined the pool by this instant (filing time minus the minimum membership).</summary>
    public required DateTimeOffset EligibleJoinedBy { get; init; }

    public required int Quorum { get; init; }
    public required int UpholdThresholdBps { get; init; }
    public required int ExtensionHours { get; init; }

    /// <summary>Ballots are accepted until then; a ballot in the final window moves it.</summary>
    public required DateTimeOffset VotingEndsAt { get; init; }

    public required int Extensions { get; init; }
    public required AppealStatus Status { get; init; }
    public int Uphold { get; init; }
    public int Dismiss { get; init; }

    /// <summary>APPEAL_UPHELD, APPEAL_DISMISSED, APPEAL_TIED or APPEAL_QUORUM_MISSED once resolved.</summary>
    public string? Outcome { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }
}
