using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Handlers;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Queries;

/// <summary>A proposal with its reasoned votes and what they decide now.</summary>
/// <param name="Proposal">The proposal.</param>
/// <param name="Votes">Every vote, in MSP id order.</param>
/// <param name="Tally">The tally the votes give under the proposal's rules.</param>
public sealed record ProposalView(Proposal Proposal, IReadOnlyList<ProposalVote> Votes, ProposalTally Tally);

/// <summary>Returns a proposal, its votes and their tally.</summary>
public sealed class GetProposalHandler : Handler<ProposalRequest>
{
    public override bool IsWrite => false;
    protected override JsonTypeInfo<ProposalRequest> RequestType => DomainJsonContext.Default.ProposalRequest;

    protected override object Handle(TxScope tx, ProposalRequest request) => View(new GovernanceKeeper(tx), request.ProposalId);

    internal static ProposalView View(GovernanceKeeper governance, string proposalId)
    {
        var proposal = governance.Get(proposalId);
        var votes = governance.Votes(proposalId);
        return new ProposalView(proposal, votes, ProposalTally.Of(proposal, votes));
    }
}
