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
/// Closes an approved or partly paid claim whose redemption window has ended; what was not paid is released
/// from the member's lifetime reserve and can never be paid. REDEMPTION_WINDOW_OPEN before the end.
/// </summary>
public sealed class ExpireClaimHandler : Handler<ClaimRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Coordinator, Role.Assessor];
    protected override JsonTypeInfo<ClaimRequest> RequestType => DomainJsonContext.Default.ClaimRequest;

    protected override object Handle(TxScope tx, ClaimRequest request)
    {
        var (claim, pool) = ClaimAction.Load(tx, request.ClaimId);
        Access.RequireParticipant(tx, pool);
        claim.RequireStatus(ClaimStatus.Approved, ClaimStatus.Paying);
        RequireShared(pool, claim);
        TxScope.Require(tx.Now > claim.RedemptionEndsAt, ErrorCodes.RedemptionWindowOpen,
            $"claim {claim.ClaimId} can be paid until {claim.RedemptionEndsAt:O}");
        var member = new MemberKeeper(tx).Get(claim.MemberId);
        var closed = claim.MoveTo(ClaimStatus.Closed, tx.Now, tx.Context.TxId) with { Outcome = "REDEMPTION_EXPIRED" };
        return ClaimAction.Commit(tx, EventNames.ClaimExpired, claim, closed, ClaimAction.Release(member, claim.Outstanding));
    }

    /// <summary>SHARING_PENDING when a cost-sharing pool has not yet charged the claim's aid to its members.</summary>
    internal static void RequireShared(Pool pool, Claim claim)
        => TxScope.Require(pool.Parameters.CostSharing is null || claim.SharedInPeriod is not null, ErrorCodes.SharingPending,
            $"claim {claim.ClaimId} waits for the sharing period that charges its aid to close");
}
