using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The RecordPayout message: one (possibly partial) payment on an approved claim.</summary>
public sealed record RecordPayoutRequest
{
    public required string ClaimId { get; init; }
    public required Money Amount { get; init; }

    /// <summary>The bank reference of the transfer; each is used once.</summary>
    public required string PaymentReference { get; init; }

    /// <summary>SHA-256 of the account paid; must be the destination bound to the claim at filing.</summary>
    public required string DestinationHash { get; init; }
}

/// <summary>
/// Records a payout by a coordinator of the pool's administrator. Only after approval and the notice window,
/// within the redemption window, to the destination bound at filing, never beyond the approved amount, the
/// member's lifetime cap or the pool balance. The management fee is charged on the payout. A claim paid in
/// full closes. Part of the payout (at most MaxOffsetBps) is withheld to offset the member's open recoveries.
/// POOL_PAUSED during an emergency pause; SHARING_PENDING in a cost-sharing pool until the claim's aid was shared.
/// </summary>
public sealed class RecordPayoutHandler : Handler<RecordPayoutRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Coordinator];
    protected override JsonTypeInfo<RecordPayoutRequest> RequestType => DomainJsonContext.Default.RecordPayoutRequest;

    protected override object Handle(TxScope tx, RecordPayoutRequest request)
    {
        Check.PaymentReference(request.PaymentReference);
        Check.Hash(request.DestinationHash, "destinationHash");
        var (claim, pool) = ClaimAction.Load(tx, request.ClaimId);
        var p = pool.Parameters;
        Access.RequireOwnOrganization(tx, pool.AdministratorMsp, $"the funds of pool {pool.PoolId}");
        Access.RequireNotPaused(pool);
        claim.RequireStatus(ClaimStatus.Approved, ClaimStatus.Paying);
        ExpireClaimHandler.RequireShared(pool, claim);
        TxScope.Require(tx.Now >= claim.NoticeEndsAt, ErrorCodes.NoticeWindowOpen, $"claim {claim.ClaimId} is still in its notice window");
        TxScope.Require(tx.Now <= claim.RedemptionEndsAt, ErrorCodes.RedemptionWindowExpired,
            $"claim {claim.ClaimId} had to be paid by {claim.RedemptionEndsAt:O}");
        Check.Amount(request.Amount, p.Currency, "amount");
        TxScope.Require(request.Amount.Amount <= claim.Outstanding, ErrorCodes.PayoutExceedsApproved,
            $"claim {claim.ClaimId} has {claim.Outstanding} {p.Currency} left to pay");
        TxScope.Require(request.DestinationHash == claim.PayoutDestinationHash, ErrorCodes.PayoutDestinationMismatch,
            $"claim {claim.ClaimId} pays only to the destination registered before it was filed");
        var references = new ReferenceKeeper(tx);
        TxScope.Require(references.Find(EntryKind.Payout, request.PaymentReference) is null, ErrorCodes.DuplicatePaymentReference,
            $"payment reference {request.PaymentReference} was already used");
        var members = new MemberKeeper(tx);
        var member = members.Get(claim.MemberId);
        TxScope.Require(checked(member.LifetimePaid + request.Amount.Amount) <= p.MaxBenefitPerMemberLifetime,
            ErrorCodes.LifetimeCapExceeded, $"member {member.MemberId} would exceed the lifetime benefit");

        var fee = Money.ApplyBasisPoints(request.Amount.Amount, p.ManagementFeeBps);
        var outflows = Outflow.Take(tx, pool, payout: request.Amount.Amount, fee: fee, refund: 0);
        var accounts = new AccountKeeper(tx);
        var payout = accounts.Add(EntryKind.Payout, request.Amount, pool.PoolId, memberId: member.MemberId,
            claimId: claim.ClaimId, paymentReference: request.PaymentReference, destinationHash: request.DestinationHash);
        references.Use(payout);
        List<LedgerEntry> entries = [payout];
        if (fee > 0)
        {
            entries.Add(accounts.Add(EntryKind.Fee, new Money(fee, p.Currency), pool.PoolId, claimId: claim.ClaimId));
        }

        var offsets = Offsets(tx, accounts, entries, claim, request.Amount.Amount, p);

        var after = claim with { PaidAmount = claim.PaidAmount.Plus(request.Amount) };
        if (claim.Status == ClaimStatus.Approved)
        {
            after = after.MoveTo(ClaimStatus.Paying, tx.Now, tx.Context.TxId);
        }

        var paidMember = member with
        {
            LifetimePaid = checked(member.LifetimePaid + request.Amount.Amount),
            LifetimeReserved = checked(member.LifetimeReserved - request.Amount.Amount),
        };
        if (after.Outstanding == 0)
        {
            after = after.MoveTo(ClaimStatus.Closed, tx.Now, tx.Context.TxId) with { Outcome = "PAID_IN_FULL" };
            paidMember = paidMember with { OpenClaims = paidMember.OpenClaims - 1 };
        }

        return ClaimAction.Commit(tx, EventNames.ClaimPayoutRecorded, claim, after, paidMember, entries, outflows,
            recoveries: offsets.Count == 0 ? null : offsets);
    }

    /// <summary>
    /// Withholds up to MaxOffsetBps of the payout to settle the member's open recoveries, oldest id first: each part
    /// is a Recovery entry (no bank reference: nothing was transferred) that the cash paid is reduced by.
    /// </summary>
    private static List<Recovery> Offsets(TxScope tx, AccountKeeper accounts, List<LedgerEntry> entries, Claim claim, long amount, PoolParameters p)
    {
        var budget = Money.ApplyBasisPoints(amount, p.MaxOffsetBps);
        var settled = new List<Recovery>();
        var recoveries = new RecoveryKeeper(tx);
        foreach (var open in recoveries.ForMember(claim.MemberId).Where(r => r.Status == RecoveryStatus.Open))
        {
            var take = Math.Min(budget, open.Outstanding);
            if (take <= 0)
            {
                break;
            }

            entries.Add(accounts.Add(EntryKind.Recovery, new Money(take, p.Currency), claim.PoolId, memberId: claim.MemberId,
                claimId: claim.ClaimId, recoveryId: open.RecoveryId));
            var next = RepayRecoveryHandler.Settle(tx, open, take, repaid: false);
            recoveries.Put(next);
            settled.Add(next);
            budget -= take;
        }

        return settled;
    }
}
