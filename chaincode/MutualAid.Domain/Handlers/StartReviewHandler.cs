using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>A message that names one claim.</summary>
public sealed record ClaimRequest
{
    public required string ClaimId { get; init; }
}

/// <summary>Opens the review of a filed claim (Filed → UnderReview); an assessor of another participating organization.</summary>
public sealed class StartReviewHandler : Handler<ClaimRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Assessor];
    protected override JsonTypeInfo<ClaimRequest> RequestType => DomainJsonContext.Default.ClaimRequest;

    protected override object Handle(TxScope tx, ClaimRequest request)
    {
        var (claim, pool) = ClaimAction.Load(tx, request.ClaimId);
        Access.RequireParticipant(tx, pool);
        Access.RequireIndependent(tx, claim);
        claim.RequireStatus(ClaimStatus.Filed);
        var after = claim.MoveTo(ClaimStatus.UnderReview, tx.Now, tx.Context.TxId) with { ReviewerOrg = tx.Caller.MspId };
        return ClaimAction.Commit(tx, EventNames.ClaimReviewStarted, claim, after);
    }
}
