using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Queries;

/// <summary>A pool's governance history for the public and regulators: every proposal with its votes, and every parameters version.</summary>
/// <param name="PoolId">The pool.</param>
/// <param name="Paused">Whether an emergency pause is in force.</param>
/// <param name="Proposals">Proposals in key order, with votes and tallies.</param>
/// <param name="ParameterVersions">Every version of the parameters, oldest first, with its effective time.</param>
public sealed record GovernanceHistory(string PoolId, bool Paused, IReadOnlyList<ProposalView> Proposals, IReadOnlyList<PoolParameterVersion> ParameterVersions);

/// <summary>Returns a pool's governance history (proposals proposed for a pool that does not exist yet are listed under its id).</summary>
public sealed class GetGovernanceHistoryHandler : Handler<PoolRequest>
{
    public override bool IsWrite => false;
    protected override JsonTypeInfo<PoolRequest> RequestType => DomainJsonContext.Default.PoolRequest;

    protected override object Handle(TxScope tx, PoolRequest request)
    {
        var governance = new GovernanceKeeper(tx);
        var pools = new PoolKeeper(tx);
        var paused = pools.Exists(request.PoolId) && pools.Get(request.PoolId).Paused;
        var proposals = governance.Ids(request.PoolId).Select(id => GetProposalHandler.View(governance, id)).ToList();
        return new GovernanceHistory(request.PoolId, paused, proposals, [.. pools.Versions(request.PoolId)]);
    }
}
