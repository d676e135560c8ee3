using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>
/// Applies a passed proposal once its timelock has ended (TIMELOCK_NOT_ELAPSED before) and records the effective
/// time. When the change no longer applies (the state moved since it was submitted), the proposal ends Failed with
/// the reason's code instead. A parameter change creates a new version: claims filed earlier keep theirs. A pause
/// moves no money. Permissionless; PROPOSAL_NOT_PASSED unless Passed.
/// </summary>
public sealed class ExecuteProposalHandler : Handler<ProposalRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => RoleSets.AnyOperator;
    protected override JsonTypeInfo<ProposalRequest> RequestType => DomainJsonContext.Default.ProposalRequest;

    protected override object Handle(TxScope tx, ProposalRequest request)
    {
        var governance = new GovernanceKeeper(tx);
        var proposal = governance.Get(request.ProposalId);
        TxScope.Require(proposal.Status == ProposalStatus.Passed, ErrorCodes.ProposalNotPassed, $"proposal {proposal.ProposalId} is {proposal.Status}");
        TxScope.Require(tx.Now >= proposal.ExecutableAt, ErrorCodes.TimelockNotElapsed,
            $"proposal {proposal.ProposalId} takes effect at {proposal.ExecutableAt:O}");
        try
        {
            ProposalRules.RequireApplicable(tx, proposal);
        }
        catch (DomainException ex)
        {
            var failed = proposal with { Status = ProposalStatus.Failed, Outcome = ex.Code, ExecutedAt = tx.Now };
            governance.Put(failed);
            tx.Emit(Event(tx, failed));
            return failed;
        }

        var executed = proposal with { Status = ProposalStatus.Executed, Outcome = "EXECUTED", ExecutedAt = tx.Now };
        var e = ProposalEffects.Apply(tx, executed, out executed);
        governance.Put(executed);
        tx.Emit(e with { Proposal = executed });
        return executed;
    }

    internal static DomainEvent Event(TxScope tx, Proposal proposal) => new()
    {
        Name = EventNames.ProposalExecuted, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = proposal.PoolId, Proposal = proposal,
    };
}
