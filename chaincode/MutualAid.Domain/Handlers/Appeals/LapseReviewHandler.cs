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
/// Rejects a claim whose review missed its deadline (Filed or UnderReview after ReviewEndsAt) with outcome
/// REVIEW_LAPSED. The claimant can appeal, so stalled organizations cannot silently bury a claim.
/// Permissionless: any operating role of any organization; REVIEW_WINDOW_OPEN before the deadline.
/// </summary>
public sealed class LapseReviewHandler : Handler<ClaimRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => RoleSets.AnyOperator;
    protected override JsonTypeInfo<ClaimRequest> RequestType => DomainJsonContext.Default.ClaimRequest;

    protected override object Handle(TxScope tx, ClaimRequest request)
    {
        var (claim, pool) = ClaimAction.Load(tx, request.ClaimId);
        claim.RequireStatus(ClaimStatus.Filed, ClaimStatus.UnderReview);
        TxScope.Require(tx.Now > claim.ReviewEndsAt, ErrorCodes.ReviewWindowOpen,
            $"claim {claim.ClaimId} may be reviewed until {claim.ReviewEndsAt:O}");
        var member = new MemberKeeper(tx).Get(claim.MemberId);
        var rejected = ClaimAction.Reject(tx, claim, pool.Parameters, "REVIEW_LAPSED");
        return ClaimAction.Commit(tx, EventNames.ClaimReviewLapsed, claim, rejected, ClaimAction.Release(member, 0));
    }
}
