using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The EndorseClaim message: a reasoned decision of the caller's organization.</summary>
public sealed record EndorseClaimRequest
{
    public required string ClaimId { get; init; }
    public required EndorsementDecision Decision { get; init; }

    /// <summary>Required to approve (at most the claimed amount); absent to reject.</summary>
    public Money? ApprovedAmount { get; init; }

    public required string ReasonCode { get; init; }

    /// <summary>SHA-256 (hex) of the assessment or reasoning document.</summary>
    public required string EvidenceRef { get; init; }
}

/// <summary>
/// Records one organization's endorsement of a claim under review. When k distinct organizations, at least
/// one an insurer, have approved, the claim is Noticed at the lowest approved amount (capped by the member's
/// remaining lifetime benefit); when k approvals can no longer be reached, it is Rejected (appealable). An approval
/// the pool cannot carry (POOL_CAPACITY_EXCEEDED) is refused and changes nothing.
/// </summary>
public sealed class EndorseClaimHandler : Handler<EndorseClaimRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Assessor];
    protected override JsonTypeInfo<EndorseClaimRequest> RequestType => DomainJsonContext.Default.EndorseClaimRequest;

    protected override object Handle(TxScope tx, EndorseClaimRequest request)
    {
        Check.ReasonCode(request.ReasonCode);
        Check.Hash(request.EvidenceRef, "evidenceRef");
        var (claim, pool) = ClaimAction.Load(tx, request.ClaimId);
        var org = Access.RequireParticipant(tx, pool);
        Access.RequireIndependent(tx, claim);
        claim.RequireStatus(ClaimStatus.UnderReview);
        TxScope.Require(claim.Endorsements.All(e => e.OrgMsp != org.MspId), ErrorCodes.AlreadyEndorsed,
            $"{org.MspId} already endorsed claim {claim.ClaimId}");
        if (request.Decision == EndorsementDecision.Approve)
        {
            Check.Require(request.ApprovedAmount is not null, "approvedAmount is required to approve");
            Check.Amount(request.ApprovedAmount!.Value, pool.Parameters.Currency, "approvedAmount");
            TxScope.Require(request.ApprovedAmount.Value.Amount <= claim.ClaimedAmount.Amount, ErrorCodes.ApprovedExceedsClaimed,
                $"approvedAmount exceeds the claimed {claim.ClaimedAmount.Amount}");
        }
        else
        {
            Check.Require(request.ApprovedAmount is null, "a rejection carries no approvedAmount");
        }

        var endorsement = new Endorsement(org.MspId, org.Kind, request.Decision, request.ApprovedAmount,
            request.ReasonCode, request.EvidenceRef, tx.Now);
        var endorsed = claim with { Endorsements = [.. claim.Endorsements, endorsement] };
        var (after, member) = Decide(tx, pool, endorsed);
        return ClaimAction.Commit(tx, EventNames.ClaimEndorsed, claim, after, member);
    }

    private static (Claim Claim, Member? Member) Decide(TxScope tx, Pool pool, Claim claim)
    {
        var tally = EndorsementTally.Of(pool, claim);
        if (tally.Outcome == TallyOutcome.Pending)
        {
            return (claim, null);
        }

        var member = new MemberKeeper(tx).Get(claim.MemberId);
        if (tally.Outcome == TallyOutcome.Unreachable)
        {
            return (ClaimAction.Reject(tx, claim, pool.Parameters, "ENDORSEMENT_THRESHOLD_UNREACHABLE"), ClaimAction.Release(member, 0));
        }

        var p = pool.Parameters;
        var remaining = checked(p.MaxBenefitPerMemberLifetime - member.LifetimePaid - member.LifetimeReserved);
        var approved = Math.Min(tally.LowestApproved, remaining);
        if (approved <= 0)
        {
            return (ClaimAction.Reject(tx, claim, pool.Parameters, "LIFETIME_CAP_EXHAUSTED"), ClaimAction.Release(member, 0));
        }

        Solvency.RequireApprovalCapacity(tx, pool.PoolId, approved);

        var noticed = claim.MoveTo(ClaimStatus.Noticed, tx.Now, tx.Context.TxId) with
        {
            ApprovedAmount = new Money(approved, p.Currency),
            NoticeEndsAt = tx.Now.AddDays(p.NoticeWindowDays),
        };
        return (noticed, member with { LifetimeReserved = checked(member.LifetimeReserved + approved) });
    }
}
