using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The WithdrawCapital message.</summary>
public sealed record WithdrawCapitalRequest
{
    public required string PoolId { get; init; }
    public required Money Amount { get; init; }
    public required string PaymentReference { get; init; }
}

/// <summary>
/// Withdraws capital from a pool, by a delegate of its administrator, through the outflow lock. Never below the
/// locked reserve plus every approved-but-unpaid claim (WITHDRAWAL_BELOW_LOCKED); not during a pause (POOL_PAUSED).
/// </summary>
public sealed class WithdrawCapitalHandler : Handler<WithdrawCapitalRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Delegate];
    protected override JsonTypeInfo<WithdrawCapitalRequest> RequestType => DomainJsonContext.Default.WithdrawCapitalRequest;

    protected override object Handle(TxScope tx, WithdrawCapitalRequest request)
    {
        Check.PaymentReference(request.PaymentReference);
        var pool = new PoolKeeper(tx).Get(request.PoolId);
        Access.RequireOwnOrganization(tx, pool.AdministratorMsp, $"the funds of pool {pool.PoolId}");
        Access.RequireNotPaused(pool);
        Check.Amount(request.Amount, pool.Parameters.Currency, "amount");
        var references = new ReferenceKeeper(tx);
        TxScope.Require(references.Find(EntryKind.Withdrawal, request.PaymentReference) is null, ErrorCodes.DuplicatePaymentReference,
            $"payment reference {request.PaymentReference} was already used");
        var accounts = new AccountKeeper(tx);
        var totals = accounts.PoolTotals(pool.PoolId);
        var locked = checked(Solvency.LockedReserve(pool, totals) + Solvency.OutstandingApproved(tx, pool.PoolId));
        var balance = totals.Balance(pool.OpeningBalance);
        TxScope.Require(checked(balance - request.Amount.Amount) >= locked, ErrorCodes.WithdrawalBelowLocked,
            $"pool {pool.PoolId} holds {balance} with {locked} locked (reserve plus approved-but-unpaid claims)");
        var outflows = Outflow.Take(tx, pool, payout: 0, fee: 0, refund: 0, withdrawal: request.Amount.Amount);
        var entry = accounts.Add(EntryKind.Withdrawal, request.Amount, pool.PoolId, paymentReference: request.PaymentReference);
        references.Use(entry);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.CapitalWithdrawn, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = pool.PoolId, Entries = [entry], Outflows = outflows,
        });
        return entry;
    }
}
