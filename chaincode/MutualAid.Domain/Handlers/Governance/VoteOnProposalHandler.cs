using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The VoteOnProposal message.</summary>
public sealed record VoteOnProposalRequest
{
    public required string ProposalId { get; init; }
    public required VoteChoice Choice { get; init; }
    public required string ReasonCode { get; init; }
    public required string EvidenceRef { get; init; }
}

/// <summary>
/// Records the reasoned vote of the caller's organization, by its delegate: one per organization of the electorate
/// (NOT_IN_ELECTORATE, ALREADY_VOTED), while the proposal is open and before its deadline (PROPOSAL_VOTING_CLOSED).
/// Each vote is its own key, so concurrent votes never collide.
/// </summary>
public sealed class VoteOnProposalHandler : Handler<VoteOnProposalRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Delegate];
    protected override JsonTypeInfo<VoteOnProposalRequest> RequestType => DomainJsonContext.Default.VoteOnProposalRequest;

    protected override object Handle(TxScope tx, VoteOnProposalRequest request)
    {
        Check.ReasonCode(request.ReasonCode);
        Check.Hash(request.EvidenceRef, "evidenceRef");
        Check.Require(Enum.IsDefined(request.Choice), "choice must be For, Against or Abstain");
        var governance = new GovernanceKeeper(tx);
        var proposal = governance.Get(request.ProposalId);
        var org = tx.Caller.MspId;
        TxScope.Require(proposal.Electorate.Contains(org), ErrorCodes.NotInElectorate, $"{org} may not vote on proposal {proposal.ProposalId}");
        TxScope.Require(proposal.Status == ProposalStatus.Open && tx.Now < proposal.VotingEndsAt, ErrorCodes.ProposalVotingClosed,
            $"proposal {proposal.ProposalId} is {proposal.Status}, voting ended {proposal.VotingEndsAt:O}");
        TxScope.Require(!governance.HasVoted(proposal.ProposalId, org), ErrorCodes.AlreadyVoted, $"{org} already voted on proposal {proposal.ProposalId}");
        var vote = new ProposalVote(proposal.ProposalId, org, request.Choice, request.ReasonCode, request.EvidenceRef, tx.Now);
        governance.PutVote(vote);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.ProposalVoteCast, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = proposal.PoolId, Vote = vote,
        });
        return vote;
    }
}
