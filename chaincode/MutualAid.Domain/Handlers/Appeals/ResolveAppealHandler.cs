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
/// Resolves an appeal after its voting deadline by <see cref="AppealTally"/>. Upheld: the claim is Approved for the
/// claimed amount capped by the member's remaining lifetime benefit (the jury's verdict is binding; payouts still
/// respect the balance and reserve), payable for the redemption window. Dismissed, tied or short of quorum: the
/// claim is Final with that outcome. Permissionless; APPEAL_VOTING_OPEN before the deadline.
/// </summary>
public sealed class ResolveAppealHandler : Handler<ClaimRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => RoleSets.AnyOperator;
    protected override JsonTypeInfo<ClaimRequest> RequestType => DomainJsonContext.Default.ClaimRequest;

    protected override object Handle(TxScope tx, ClaimRequest request)
    {
        var (claim, pool) = ClaimAction.Load(tx, request.ClaimId);
        var appeals = new AppealKeeper(tx);
        var appeal = appeals.Get(claim.ClaimId);
        claim.RequireStatus(ClaimStatus.Appealed);
        TxScope.Require(tx.Now > appeal.VotingEndsAt, ErrorCodes.AppealVotingOpen,
            $"the jury votes on claim {claim.ClaimId} until {appeal.VotingEndsAt:O}");
        var tally = AppealTally.Of(appeal, appeals.Ballots(claim.ClaimId));
        var resolved = appeal with
        {
            Status = tally.Status, Outcome = tally.Outcome, Uphold = tally.Uphold, Dismiss = tally.Dismiss, ResolvedAt = tx.Now,
        };
        appeals.Put(resolved);

        var member = new MemberKeeper(tx).Get(claim.MemberId);
        var p = pool.Parameters;
        var remaining = checked(p.MaxBenefitPerMemberLifetime - member.LifetimePaid - member.LifetimeReserved);
        var amount = Math.Min(claim.ClaimedAmount.Amount, remaining);
        if (tally.Status == AppealStatus.Dismissed || amount <= 0)
        {
            var outcome = tally.Status == AppealStatus.Dismissed ? tally.Outcome : "LIFETIME_CAP_EXHAUSTED";
            var final = claim.MoveTo(ClaimStatus.Final, tx.Now, tx.Context.TxId) with { Outcome = outcome };
            return ClaimAction.Commit(tx, EventNames.AppealResolved, claim, final, ClaimAction.Release(member, 0), appeal: resolved);
        }

        var approved = claim.MoveTo(ClaimStatus.Approved, tx.Now, tx.Context.TxId) with
        {
            Outcome = null,
            ApprovedAmount = new Money(amount, p.Currency),
            NoticeEndsAt = claim.NoticeEndsAt ?? tx.Now,
            ApprovedAt = tx.Now,
            RedemptionEndsAt = tx.Now.AddDays(p.RedemptionWindowDays),
        };
        return ClaimAction.Commit(tx, EventNames.AppealResolved, claim, approved,
            member with { LifetimeReserved = checked(member.LifetimeReserved + amount) }, appeal: resolved);
    }
}
