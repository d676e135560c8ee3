using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The RepayRecovery message: money received on a receivable.</summary>
public sealed record RepayRecoveryRequest
{
    public required string RecoveryId { get; init; }
    public required Money Amount { get; init; }
    public required string PaymentReference { get; init; }
}

/// <summary>
/// Records a (partial) repayment of a recovery as a Recovery entry of the account that paid: the pool for a claim
/// (by a caseworker of the member's organization or a coordinator of the administrator), the campaign for a relief
/// payment (by a coordinator of an active organization of its pool). Never beyond what is outstanding
/// (RECOVERY_OVERPAID); the recovery settles when nothing is.
/// </summary>
public sealed class RepayRecoveryHandler : Handler<RepayRecoveryRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Caseworker, Role.Coordinator];
    protected override JsonTypeInfo<RepayRecoveryRequest> RequestType => DomainJsonContext.Default.RepayRecoveryRequest;

    protected override object Handle(TxScope tx, RepayRecoveryRequest request)
    {
        Check.PaymentReference(request.PaymentReference);
        var recoveries = new RecoveryKeeper(tx);
        var recovery = recoveries.Get(request.RecoveryId);
        var pool = new PoolKeeper(tx).Get(recovery.PoolId);
        Check.Amount(request.Amount, recovery.Amount.Currency, "amount");
        TxScope.Require(request.Amount.Amount <= recovery.Outstanding, ErrorCodes.RecoveryOverpaid,
            $"recovery {recovery.RecoveryId} has {recovery.Outstanding} outstanding");
        var references = new ReferenceKeeper(tx);
        TxScope.Require(references.Find("in", request.PaymentReference) is null, ErrorCodes.DuplicatePaymentReference,
            $"payment reference {request.PaymentReference} was already used");
        var settled = Settle(tx, recovery, request.Amount.Amount, repaid: true);
        var e = new DomainEvent
        {
            Name = EventNames.RecoveryRepaid, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = pool.PoolId, Recoveries = [settled],
        };
        if (recovery.Source == RecoverySource.Claim)
        {
            var member = new MemberKeeper(tx).Get(recovery.MemberId!);
            TxScope.Require(tx.Caller.MspId == member.OrgMsp || (tx.Caller.MspId == pool.AdministratorMsp && tx.Caller.Role == "coordinator"),
                ErrorCodes.ForbiddenOrganization, $"repayments of {recovery.RecoveryId} are recorded by {member.OrgMsp} or the pool's administrator");
            var entry = new AccountKeeper(tx).Add(EntryKind.Recovery, request.Amount, pool.PoolId, memberId: member.MemberId,
                claimId: recovery.ClaimId, paymentReference: request.PaymentReference, recoveryId: recovery.RecoveryId);
            references.Use(entry);
            e = e with { Entries = [entry] };
        }
        else
        {
            Access.RequireParticipant(tx, pool);
            var campaigns = new CampaignKeeper(tx);
            var entry = campaigns.Add(campaigns.Get(recovery.CampaignId!), ReliefEntryKind.Recovery, request.Amount.Amount,
                recovery.PaymentId, recovery.BeneficiaryHash, recovery.RecoveryId, request.PaymentReference);
            references.Use(entry);
            e = e with { ReliefEntries = [entry] };
        }

        recoveries.Put(settled);
        tx.Emit(e);
        return settled;
    }

    /// <summary>The recovery after <paramref name="amount"/> more is repaid or offset; Settled when nothing is outstanding.</summary>
    internal static Recovery Settle(TxScope tx, Recovery recovery, long amount, bool repaid)
    {
        var next = repaid ? recovery with { Repaid = checked(recovery.Repaid + amount) } : recovery with { Offset = checked(recovery.Offset + amount) };
        return next.Outstanding == 0 ? next with { Status = RecoveryStatus.Settled, SettledAt = tx.Now } : next;
    }
}
