using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;
using MutualAid.Domain.State;

namespace MutualAid.Domain.Keepers;

/// <summary>Owns the <c>proposal</c>, <c>proposal~vote</c> and <c>pool~proposal</c> keys. Votes are one key per organization.</summary>
public sealed class GovernanceKeeper(TxScope tx)
{
    /// <summary>The proposal, or PROPOSAL_NOT_FOUND.</summary>
    public Proposal Get(string proposalId)
        => tx.Get(Keys.Proposal(proposalId), DomainJsonContext.Default.Proposal)
           ?? throw new DomainException(ErrorCodes.ProposalNotFound, $"proposal {proposalId} does not exist");

    /// <summary>Stages a new proposal and its pool index entry.</summary>
    public void Create(Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        Put(proposal);
        tx.PutRaw(Keys.PoolProposal(proposal.PoolId, proposal.ProposalId), Keys.IndexValue);
    }

    /// <summary>Stages the proposal record.</summary>
    public void Put(Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        tx.Put(Keys.Proposal(proposal.ProposalId), proposal, DomainJsonContext.Default.Proposal);
    }

    /// <summary>True when the organization already voted.</summary>
    public bool HasVoted(string proposalId, string orgMsp) => tx.Exists(Keys.ProposalVote(proposalId, orgMsp));

    /// <summary>Stages a vote.</summary>
    public void PutVote(ProposalVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        tx.Put(Keys.ProposalVote(vote.ProposalId, vote.OrgMsp), vote, DomainJsonContext.Default.ProposalVote);
    }

    /// <summary>Every committed vote on the proposal, in MSP id order.</summary>
    public IReadOnlyList<ProposalVote> Votes(string proposalId)
        => [.. tx.Scan(Keys.ProposalVoteType, proposalId).Select(kv => CanonicalJson.Deserialize(kv.Value.Span, DomainJsonContext.Default.ProposalVote))];

    /// <summary>Ids of the pool's proposals, in key order.</summary>
    public IEnumerable<string> Ids(string poolId)
        => tx.Scan(Keys.PoolProposalType, poolId).Select(kv => CompositeKey.Split(kv.Key).Attributes[1]);
}
