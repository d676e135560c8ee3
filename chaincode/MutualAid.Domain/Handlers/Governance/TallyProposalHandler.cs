using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>A message that names one proposal.</summary>
public sealed record ProposalRequest
{
    public required string ProposalId { get; init; }
}

/// <summary>
/// Closes the vote of a proposal by <see cref="ProposalTally"/>: Passed (with its announced effective time, after the
/// timelock) or Rejected. The ProposalTallied event is the notice of the coming change. After the deadline; an
/// emergency pause may be tallied as soon as its qualified majority is in. Permissionless; PROPOSAL_VOTING_OPEN before.
/// </summary>
public sealed class TallyProposalHandler : Handler<ProposalRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => RoleSets.AnyOperator;
    protected override JsonTypeInfo<ProposalRequest> RequestType => DomainJsonContext.Default.ProposalRequest;

    protected override object Handle(TxScope tx, ProposalRequest request)
    {
        var governance = new GovernanceKeeper(tx);
        var proposal = governance.Get(request.ProposalId);
        TxScope.Require(proposal.Status == ProposalStatus.Open, ErrorCodes.ProposalVotingClosed, $"proposal {proposal.ProposalId} is already {proposal.Status}");
        var tally = ProposalTally.Of(proposal, governance.Votes(proposal.ProposalId));
        var early = proposal.Kind == ProposalKind.Pause && tally.Passed;
        TxScope.Require(tx.Now >= proposal.VotingEndsAt || early, ErrorCodes.ProposalVotingOpen,
            $"proposal {proposal.ProposalId} is open to votes until {proposal.VotingEndsAt:O}");
        var tallied = proposal with
        {
            Status = tally.Passed ? ProposalStatus.Passed : ProposalStatus.Rejected,
            Outcome = tally.Outcome, For = tally.For, Against = tally.Against, Abstain = tally.Abstain, TalliedAt = tx.Now,
            ExecutableAt = tally.Passed ? tx.Now.AddDays(ProposalTally.HasTimelock(proposal.Kind) ? proposal.TimelockDays : 0) : null,
        };
        governance.Put(tallied);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.ProposalTallied, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = proposal.PoolId, Proposal = tallied,
        });
        return tallied;
    }
}
