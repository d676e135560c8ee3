using MutualAid.Domain.Model;

namespace MutualAid.Domain.Handlers;

/// <summary>
/// The outcome of a proposal's votes, recomputable by anyone. An emergency pause needs "for" votes from the
/// qualified majority of the whole electorate (no quorum rule: silence never pauses). Every other kind needs the
/// quorum of the electorate to vote (abstentions count) and "for" to exceed the majority share of for + against.
/// </summary>
/// <param name="Passed">True when it passed.</param>
/// <param name="Outcome">PASSED, QUORUM_NOT_MET, MAJORITY_NOT_REACHED or QUALIFIED_MAJORITY_NOT_REACHED.</param>
/// <param name="For">Votes for.</param>
/// <param name="Against">Votes against.</param>
/// <param name="Abstain">Abstentions.</param>
public sealed record ProposalTally(bool Passed, string Outcome, int For, int Against, int Abstain)
{
    /// <summary>Tallies <paramref name="votes"/> under the rules copied into <paramref name="proposal"/>.</summary>
    public static ProposalTally Of(Proposal proposal, IReadOnlyCollection<ProposalVote> votes)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(votes);
        var f = votes.Count(v => v.Choice == VoteChoice.For);
        var a = votes.Count(v => v.Choice == VoteChoice.Against);
        var ab = votes.Count(v => v.Choice == VoteChoice.Abstain);
        long electorate = proposal.Electorate.Count;
        if (proposal.Kind == ProposalKind.Pause)
        {
            var qualified = f * 10_000L >= proposal.QualifiedMajorityBps * electorate;
            return new ProposalTally(qualified, qualified ? "PASSED" : "QUALIFIED_MAJORITY_NOT_REACHED", f, a, ab);
        }

        if ((f + a + ab) * 10_000L < proposal.QuorumBps * electorate)
        {
            return new ProposalTally(false, "QUORUM_NOT_MET", f, a, ab);
        }

        var majority = f * 10_000L > proposal.MajorityBps * (long)(f + a);
        return new ProposalTally(majority, majority ? "PASSED" : "MAJORITY_NOT_REACHED", f, a, ab);
    }

    /// <summary>Pause and unpause take effect as soon as they pass; every other change waits out the timelock.</summary>
    public static bool HasTimelock(ProposalKind kind) => kind is not (ProposalKind.Pause or ProposalKind.Unpause);
}
