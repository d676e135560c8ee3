using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The ExitMember message.</summary>
public sealed record ExitMemberRequest
{
    public required string MemberId { get; init; }

    /// <summary>The bank reference of the refund; needed when the exit falls in the waiting period and there is something to refund.</summary>
    public string? RefundPaymentReference { get; init; }
}

/// <summary>
/// Ends a membership in one step. Not with open claims (MEMBER_HAS_OPEN_CLAIMS). Within the waiting period (a member
/// who fell ill in it leaves this way) the member gets back exactly what they paid and their unpaid sharing charges
/// are written off; afterwards contributions stay in the pool and charges of periods they were in remain owed.
/// </summary>
public sealed class ExitMemberHandler : Handler<ExitMemberRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Caseworker];
    protected override JsonTypeInfo<ExitMemberRequest> RequestType => DomainJsonContext.Default.ExitMemberRequest;

    protected override object Handle(TxScope tx, ExitMemberRequest request)
    {
        var members = new MemberKeeper(tx);
        var member = members.Get(request.MemberId);
        Access.RequireOwnOrganization(tx, member.OrgMsp, $"member {member.MemberId}");
        TxScope.Require(member.Status == MemberStatus.Active, ErrorCodes.MemberNotActive, $"member {member.MemberId} is {member.Status}");
        TxScope.Require(member.OpenClaims == 0, ErrorCodes.MemberHasOpenClaims, $"member {member.MemberId} has {member.OpenClaims} open claims");
        var pool = new PoolKeeper(tx).Get(member.PoolId);

        var entries = new List<LedgerEntry>();
        PoolOutflows? outflows = null;
        var inWaitingPeriod = tx.Context.Date < member.JoinDate.AddDays(pool.Parameters.WaitingPeriodDays);
        var accounts = new AccountKeeper(tx);
        var totals = accounts.MemberTotals(member.MemberId);
        var refund = inWaitingPeriod ? checked(totals.Contributions - totals.Refunds) : 0;
        if (refund > 0)
        {
            var reference = request.RefundPaymentReference;
            Check.PaymentReference(reference);
            var references = new ReferenceKeeper(tx);
            TxScope.Require(references.Find(EntryKind.Refund, reference!) is null, ErrorCodes.DuplicatePaymentReference,
                $"payment reference {reference} was already used");
            outflows = Outflow.Take(tx, pool, payout: 0, fee: 0, refund: refund);
            var entry = accounts.Add(EntryKind.Refund, new Money(refund, pool.Parameters.Currency), pool.PoolId,
                memberId: member.MemberId, paymentReference: reference, destinationHash: member.PayoutDestinationHash);
            references.Use(entry);
            entries.Add(entry);
        }

        var exited = member with { Status = MemberStatus.Exited, ExitDate = tx.Context.Date, ExitedAt = tx.Now };
        members.Exit(exited);
        var sharing = new SharingKeeper(tx);
        var writtenOff = inWaitingPeriod
            ? sharing.Charges(member.MemberId).Where(c => c.Outstanding > 0).Select(c => c with { WrittenOff = checked(c.WrittenOff + c.Outstanding) }).ToList()
            : [];
        writtenOff.ForEach(sharing.Put);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.MemberExited, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor,
            PoolId = pool.PoolId, Member = exited, Outflows = outflows, Entries = entries, Charges = writtenOff.Count == 0 ? null : writtenOff,
        });
        return exited;
    }
}
