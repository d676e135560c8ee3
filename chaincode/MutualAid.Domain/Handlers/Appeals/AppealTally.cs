using MutualAid.Domain.Model;

namespace MutualAid.Domain.Handlers;

/// <summary>
/// The jury's decision, recomputable from the ballots. Stated rules: fewer ballots than the quorum, or a tie,
/// leave the rejection standing (the appellant must win a strict majority above the threshold); otherwise the
/// appeal is upheld exactly when the uphold share exceeds the threshold.
/// </summary>
/// <param name="Status">Upheld or Dismissed.</param>
/// <param name="Outcome">APPEAL_UPHELD, APPEAL_DISMISSED, APPEAL_TIED or APPEAL_QUORUM_MISSED.</param>
/// <param name="Uphold">Ballots to uphold.</param>
/// <param name="Dismiss">Ballots to dismiss.</param>
public sealed record AppealTally(AppealStatus Status, string Outcome, int Uphold, int Dismiss)
{
    /// <summary>Tallies <paramref name="ballots"/> under the rules copied into <paramref name="appeal"/>.</summary>
    public static AppealTally Of(Appeal appeal, IReadOnlyCollection<JuryBallot> ballots)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        ArgumentNullException.ThrowIfNull(ballots);
        var uphold = ballots.Count(b => b.Vote == JuryVote.Uphold);
        var dismiss = ballots.Count - uphold;
        var total = ballots.Count;
        if (total < appeal.Quorum)
        {
            return new AppealTally(AppealStatus.Dismissed, "APPEAL_QUORUM_MISSED", uphold, dismiss);
        }

        if (uphold == dismiss)
        {
            return new AppealTally(AppealStatus.Dismissed, "APPEAL_TIED", uphold, dismiss);
        }

        return checked((long)uphold * 10_000) > checked((long)appeal.UpholdThresholdBps * total)
            ? new AppealTally(AppealStatus.Upheld, "APPEAL_UPHELD", uphold, dismiss)
            : new AppealTally(AppealStatus.Dismissed, "APPEAL_DISMISSED", uphold, dismiss);
    }
}
