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
/// Ends a claim's notice window: Approved when nobody objected (payable until the redemption window ends),
/// Rejected (appealable) when an objection was raised. NOTICE_WINDOW_OPEN before the window ends.
/// </summary>
public sealed class FinalizeClaimHandler : Handler<ClaimRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Assessor, Role.Coordinator];
    protected override JsonTypeInfo<ClaimRequest> RequestType => DomainJsonContext.Default.ClaimRequest;

    protected override object Handle(TxScope tx, ClaimRequest request)
    {
        var (claim, pool) = ClaimAction.Load(tx, request.ClaimId);
        Access.RequireParticipant(tx, pool);
        claim.RequireStatus(ClaimStatus.Noticed);
        TxScope.Require(tx.Now >= claim.NoticeEndsAt, ErrorCodes.NoticeWindowOpen,
            $"claim {claim.ClaimId} is in its notice window until {claim.NoticeEndsAt:O}");
        if (claim.Objections.Count > 0)
        {
            var member = new MemberKeeper(tx).Get(claim.MemberId);
            var rejected = ClaimAction.Reject(tx, claim, pool.Parameters, "OBJECTION_SUSTAINED");
            return ClaimAction.Commit(tx, EventNames.ClaimFinalized, claim, rejected, ClaimAction.Release(member, claim.Outstanding));
        }

        var approved = claim.MoveTo(ClaimStatus.Approved, tx.Now, tx.Context.TxId) with
        {
            ApprovedAt = tx.Now,
            RedemptionEndsAt = tx.Now.AddDays(pool.Parameters.RedemptionWindowDays),
        };
        return ClaimAction.Commit(tx, EventNames.ClaimFinalized, claim, approved);
    }
}
