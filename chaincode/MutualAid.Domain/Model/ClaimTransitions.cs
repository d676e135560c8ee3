using MutualAid.Domain.Errors;

namespace MutualAid.Domain.Model;

/// <summary>The claim state machine: which stage may follow which. Nothing leaves a terminal stage.</summary>
public static class ClaimTransitions
{
    private static readonly Dictionary<ClaimStatus, ClaimStatus[]> Allowed = new()
    {
        [ClaimStatus.Filed] = [ClaimStatus.UnderReview, ClaimStatus.Rejected],
        [ClaimStatus.UnderReview] = [ClaimStatus.Noticed, ClaimStatus.Rejected],
        [ClaimStatus.Noticed] = [ClaimStatus.Approved, ClaimStatus.Rejected],
        [ClaimStatus.Approved] = [ClaimStatus.Paying, ClaimStatus.Closed],
        [ClaimStatus.Paying] = [ClaimStatus.Closed],
        [ClaimStatus.Rejected] = [ClaimStatus.Appealed, ClaimStatus.Final],
        [ClaimStatus.Appealed] = [ClaimStatus.Approved, ClaimStatus.Final],
        [ClaimStatus.Closed] = [],
        [ClaimStatus.Final] = [],
    };

    /// <summary>True when <paramref name="to"/> may follow <paramref name="from"/>.</summary>
    public static bool IsAllowed(ClaimStatus from, ClaimStatus to) => Allowed[from].Contains(to);

    /// <summary>True for stages nothing may leave (Closed, Final).</summary>
    public static bool IsTerminal(ClaimStatus status) => Allowed[status].Length == 0;

    /// <summary>
    /// True for claims that still count as open against the member (they block exit). A rejected claim does
    /// not: the member may leave and still appeal; an appeal re-opens it until the jury decides.
    /// </summary>
    public static bool IsOpen(ClaimStatus status) => !IsTerminal(status) && status != ClaimStatus.Rejected;

    /// <summary>True for stages that carry an outcome code (why the claim was rejected or ended).</summary>
    public static bool HasOutcome(ClaimStatus status)
        => status is ClaimStatus.Rejected or ClaimStatus.Appealed or ClaimStatus.Final or ClaimStatus.Closed;

    /// <summary>
    /// The claim moved to <paramref name="to"/>, with the stage stamped on its timeline.
    /// Throws INVALID_CLAIM_TRANSITION when the state machine does not allow the move.
    /// </summary>
    public static Claim MoveTo(this Claim claim, ClaimStatus to, DateTimeOffset at, string txId)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (!IsAllowed(claim.Status, to))
        {
            throw new DomainException(ErrorCodes.InvalidClaimTransition, $"claim {claim.ClaimId} is {claim.Status} and cannot become {to}");
        }

        return claim with { Status = to, Timeline = [.. claim.Timeline, new StageStamp(to, at, txId)] };
    }

    /// <summary>Throws INVALID_CLAIM_TRANSITION unless the claim is in one of <paramref name="expected"/>.</summary>
    public static void RequireStatus(this Claim claim, params ClaimStatus[] expected)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (!expected.Contains(claim.Status))
        {
            throw new DomainException(ErrorCodes.InvalidClaimTransition,
                $"claim {claim.ClaimId} is {claim.Status}; this needs {string.Join(" or ", expected)}");
        }
    }
}
