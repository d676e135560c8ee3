using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The SubmitProposal message: a kind from the closed set, its payload, and the reason.</summary>
public sealed record SubmitProposalRequest
{
    public required string PoolId { get; init; }
    public required ProposalKind Kind { get; init; }
    public PoolParameters? Parameters { get; init; }
    public PoolCharter? Charter { get; init; }
    public string? OrganizationMsp { get; init; }
    public OrgKind? OrganizationKind { get; init; }
    public string? MemberId { get; init; }
    public string? DestinationHash { get; init; }
    public required string ReasonCode { get; init; }
    public required string EvidenceRef { get; init; }
}

/// <summary>
/// Opens a proposal, by a delegate of an active organization of the pool (for CreatePool, of one of the proposed
/// organizations; for ChangePayoutDestination, of the member's organization). The change must apply now, within
/// bounds. The electorate (active organizations, or the proposed ones) and the voting rules are fixed here, and the
/// ProposalSubmitted event is the notice to members and regulators.
/// </summary>
public sealed class SubmitProposalHandler : Handler<SubmitProposalRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Delegate];
    protected override JsonTypeInfo<SubmitProposalRequest> RequestType => DomainJsonContext.Default.SubmitProposalRequest;

    protected override object Handle(TxScope tx, SubmitProposalRequest r)
    {
        Check.ReasonCode(r.ReasonCode);
        Check.Hash(r.EvidenceRef, "evidenceRef");
        Check.Require(Enum.IsDefined(r.Kind), "kind is not a proposal kind");
        Check.Token(r.PoolId, "poolId", 40);
        IReadOnlyList<string> electorate;
        PoolParameters rules;
        if (r.Kind == ProposalKind.CreatePool)
        {
            TxScope.Require(r.Charter?.Organizations.Any(o => o.MspId == tx.Caller.MspId) == true, ErrorCodes.ForbiddenOrganization,
                $"{tx.Caller.MspId} is not among the organizations of the proposed pool");
            electorate = [.. r.Charter!.Organizations.Select(o => o.MspId).Order(StringComparer.Ordinal)];
            rules = r.Charter.Parameters;
        }
        else
        {
            var pool = new PoolKeeper(tx).Get(r.PoolId);
            Access.RequireParticipant(tx, pool);
            if (r.Kind == ProposalKind.ChangePayoutDestination && r.MemberId is not null)
            {
                Access.RequireOwnOrganization(tx, new MemberKeeper(tx).Get(r.MemberId).OrgMsp, $"member {r.MemberId}");
            }

            electorate = [.. pool.ActiveOrganizations.Select(o => o.MspId).Order(StringComparer.Ordinal)];
            rules = pool.Parameters;
        }

        var proposal = new Proposal
        {
            ProposalId = tx.NewId("PRP"), PoolId = r.PoolId, Kind = r.Kind, ProposerOrg = tx.Caller.MspId,
            ReasonCode = r.ReasonCode, EvidenceRef = r.EvidenceRef, Parameters = r.Parameters, Charter = r.Charter,
            OrganizationMsp = r.OrganizationMsp, OrganizationKind = r.OrganizationKind, MemberId = r.MemberId, DestinationHash = r.DestinationHash,
            Electorate = electorate, QuorumBps = rules.ProposalQuorumBps, MajorityBps = rules.ProposalMajorityBps,
            QualifiedMajorityBps = rules.QualifiedMajorityBps, TimelockDays = rules.TimelockDays,
            CreatedAt = tx.Now, VotingEndsAt = tx.Now.AddDays(rules.ProposalVotingDays), Status = ProposalStatus.Open,
        };
        ProposalRules.RequireShape(proposal);
        ProposalRules.RequireApplicable(tx, proposal);
        new GovernanceKeeper(tx).Create(proposal);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.ProposalSubmitted, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = proposal.PoolId, Proposal = proposal,
        });
        return proposal;
    }
}
