namespace MutualAid.Domain.Model;

/// <summary>One juror's reasoned ballot on an appeal (one per juror, never changed).</summary>
/// <param name="ClaimId">The appealed claim.</param>
/// <param name="JurorMemberId">The juror, a member of the same pool.</param>
/// <param name="JurorOrg">The juror's organization (never the claimant's).</param>
/// <param name="Vote">Uphold the appeal or dismiss it.</param>
/// <param name="ReasonCode">Why, as a code from the cover wording.</param>
/// <param name="EvidenceRef">SHA-256 (hex) of the juror's reasoning.</param>
/// <param name="At">When it was cast.</param>
public sealed record JuryBallot(string ClaimId, string JurorMemberId, string JurorOrg, JuryVote Vote, string ReasonCode, string EvidenceRef, DateTimeOffset At);

/// <summary>A juror's choice.</summary>
public enum JuryVote
{
    /// <summary>The claim should be paid.</summary>
    Uphold,

    /// <summary>The rejection should stand.</summary>
    Dismiss,
}
