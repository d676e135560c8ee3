using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Handlers;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Queries;

/// <summary>An appeal with its ballots and the tally they give now (the outcome anyone can recompute).</summary>
/// <param name="Appeal">The appeal record.</param>
/// <param name="Ballots">Every ballot, in juror id order.</param>
/// <param name="Tally">What the ballots decide under the appeal's rules.</param>
public sealed record AppealView(Appeal Appeal, IReadOnlyList<JuryBallot> Ballots, AppealTally Tally);

/// <summary>Returns a claim's appeal, its ballots and their tally.</summary>
public sealed class GetAppealHandler : Handler<ClaimRequest>
{
    public override bool IsWrite => false;
    protected override JsonTypeInfo<ClaimRequest> RequestType => DomainJsonContext.Default.ClaimRequest;

    protected override object Handle(TxScope tx, ClaimRequest request)
    {
        var appeals = new AppealKeeper(tx);
        var appeal = appeals.Get(request.ClaimId);
        var ballots = appeals.Ballots(request.ClaimId);
        return new AppealView(appeal, ballots, AppealTally.Of(appeal, ballots));
    }
}
