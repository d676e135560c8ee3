using MutualAid.Domain.Model;
using MutualAid.Domain.Queries;
using static MutualAid.Gateway.Api.RouteBuilder;

namespace MutualAid.Gateway.Api.Routes;

/// <summary>Governance: proposals, votes, tallies and execution.</summary>
internal static class GovernanceRoutes
{
    private const string Resource = "Governance";

    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    public static IEnumerable<FunctionRoute> All { get; } =
    [
        Write<Proposal>(Resource, "/pools/{poolId}/proposals", "SubmitProposal", "Submits a governance proposal.", [Roles.Delegate],
            $$"""{"kind":"Pause","reasonCode":"AUDIT","evidenceRef":"{{Hash}}"}""") with { SuccessStatus = 201 },
        Read<ProposalView>(Resource, "/proposals/{proposalId}", "GetProposal", "The proposal, its votes and tally."),
        Write<ProposalVote>(Resource, "/proposals/{proposalId}/votes", "VoteOnProposal", "Votes on a proposal for the caller's organization.", [Roles.Delegate],
            $$"""{"choice":"For","reasonCode":"AGREE","evidenceRef":"{{Hash}}"}""") with { SuccessStatus = 201, RetryOnConflict = true },
        Write<Proposal>(Resource, "/proposals/{proposalId}/tally", "TallyProposal", "Tallies a proposal once voting closed.", Roles.AnyOperator),
        Write<Proposal>(Resource, "/proposals/{proposalId}/execute", "ExecuteProposal", "Executes a passed proposal after its timelock.", Roles.AnyOperator),
    ];
}
