using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The RecordContribution message.</summary>
public sealed record RecordContributionRequest
{
    public required string MemberId { get; init; }
    public required Money Amount { get; init; }

    /// <summary>The external payment reference; the same reference records once.</summary>
    public required string PaymentReference { get; init; }

    /// <summary>The sharing period whose charge this pays, in a cost-sharing pool; null for a plain contribution.</summary>
    public int? PeriodSeq { get; init; }
}

/// <summary>The result of RecordContribution.</summary>
/// <param name="Entry">The entry recorded (by this call or, for a duplicate, by the first).</param>
/// <param name="Duplicate">True when the reference was already recorded with the same content; nothing was written.</param>
public sealed record ContributionResult(LedgerEntry Entry, bool Duplicate);

/// <summary>
/// Records a contribution as a delta entry keyed by the txid: no shared key is written, so concurrent
/// contributions to one pool never conflict. Idempotent by payment reference; a reference reused for a
/// different payment is DUPLICATE_PAYMENT_REFERENCE. A contribution naming a sharing period pays the member's charge
/// for it (never beyond it: CHARGE_OVERPAID), also after the member left: leavers still owe their snapshot periods.
/// </summary>
public sealed class RecordContributionHandler : Handler<RecordContributionRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Caseworker];
    protected override JsonTypeInfo<RecordContributionRequest> RequestType => DomainJsonContext.Default.RecordContributionRequest;

    protected override object Handle(TxScope tx, RecordContributionRequest request)
    {
        Check.PaymentReference(request.PaymentReference);
        var member = new MemberKeeper(tx).Get(request.MemberId);
        Access.RequireOwnOrganization(tx, member.OrgMsp, $"member {member.MemberId}");
        var pool = new PoolKeeper(tx).Get(member.PoolId);
        Check.Amount(request.Amount, pool.Parameters.Currency, "amount");

        var existingKey = new ReferenceKeeper(tx).Find(EntryKind.Contribution, request.PaymentReference);
        if (existingKey is not null)
        {
            var existing = tx.Get(existingKey, DomainJsonContext.Default.LedgerEntry)
                           ?? throw new InvalidOperationException($"payment reference points to missing entry {existingKey}");
            TxScope.Require(existing.MemberId == member.MemberId && existing.Amount == request.Amount && existing.PeriodSeq == request.PeriodSeq,
                ErrorCodes.DuplicatePaymentReference, $"payment reference {request.PaymentReference} was already used for another payment");
            return new ContributionResult(existing, Duplicate: true);
        }

        MemberCharge? charge = null;
        if (request.PeriodSeq is { } seq)
        {
            var sharing = new SharingKeeper(tx);
            var owed = sharing.GetCharge(member.MemberId, seq);
            TxScope.Require(request.Amount.Amount <= owed.Outstanding, ErrorCodes.ChargeOverpaid,
                $"member {member.MemberId} owes {owed.Outstanding} for period {seq}");
            charge = owed with { Paid = checked(owed.Paid + request.Amount.Amount) };
            sharing.Put(charge);
        }
        else
        {
            TxScope.Require(member.Status == MemberStatus.Active, ErrorCodes.MemberNotActive, $"member {member.MemberId} is {member.Status}");
        }

        var entry = new AccountKeeper(tx).Add(EntryKind.Contribution, request.Amount, pool.PoolId,
            memberId: member.MemberId, paymentReference: request.PaymentReference, periodSeq: request.PeriodSeq);
        new ReferenceKeeper(tx).Use(entry);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.ContributionRecorded, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor,
            PoolId = pool.PoolId, Entries = [entry], Charges = charge is null ? null : [charge],
        });
        return new ContributionResult(entry, Duplicate: false);
    }
}
