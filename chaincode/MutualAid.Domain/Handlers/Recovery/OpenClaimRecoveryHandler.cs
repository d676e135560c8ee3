using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The OpenClaimRecovery message: a receivable against what a claim paid.</summary>
public sealed record OpenClaimRecoveryRequest
{
    public required string ClaimId { get; init; }
    public required Money Amount { get; init; }
    public required string ReasonCode { get; init; }

    /// <summary>SHA-256 (hex) of the finding (recovered loss, fraud finding, duplicate benefit).</summary>
    public required string EvidenceRef { get; init; }
}

/// <summary>
/// Opens a clawback receivable against a paid claim, by an assessor or delegate of an active organization other
/// than the filing one. All recoveries of a claim together never exceed what it paid (RECOVERY_EXCEEDS_PAID). The
/// claim record is not touched (a closed claim stays byte-identical); the debt is settled by repayments or by
/// offsets withheld from the member's later payouts.
/// </summary>
public sealed class OpenClaimRecoveryHandler : Handler<OpenClaimRecoveryRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Assessor, Role.Delegate];
    protected override JsonTypeInfo<OpenClaimRecoveryRequest> RequestType => DomainJsonContext.Default.OpenClaimRecoveryRequest;

    protected override object Handle(TxScope tx, OpenClaimRecoveryRequest request)
    {
        Check.ReasonCode(request.ReasonCode);
        Check.Hash(request.EvidenceRef, "evidenceRef");
        var (claim, pool) = ClaimAction.Load(tx, request.ClaimId);
        Access.RequireParticipant(tx, pool);
        Access.RequireIndependent(tx, claim);
        Check.Amount(request.Amount, pool.Parameters.Currency, "amount");
        var recoveries = new RecoveryKeeper(tx);
        var already = recoveries.ForClaim(claim.ClaimId).Aggregate(0L, (s, r) => checked(s + r.Amount.Amount));
        TxScope.Require(checked(already + request.Amount.Amount) <= claim.PaidAmount.Amount, ErrorCodes.RecoveryExceedsPaid,
            $"claim {claim.ClaimId} paid {claim.PaidAmount.Amount}; {already} is already being recovered");
        var recovery = new Recovery
        {
            RecoveryId = tx.NewId("RCV"), Source = RecoverySource.Claim, PoolId = pool.PoolId, ClaimId = claim.ClaimId, MemberId = claim.MemberId,
            Amount = request.Amount, Repaid = 0, Offset = 0, Status = RecoveryStatus.Open, ReasonCode = request.ReasonCode,
            EvidenceRef = request.EvidenceRef, OpenedBy = tx.Caller.MspId, OpenedAt = tx.Now,
        };
        recoveries.Create(recovery);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.RecoveryOpened, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = pool.PoolId, Recoveries = [recovery],
        });
        return recovery;
    }
}
