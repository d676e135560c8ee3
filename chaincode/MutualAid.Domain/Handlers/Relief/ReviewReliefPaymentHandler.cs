using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Handlers;

/// <summary>The ReviewReliefPayment message.</summary>
public sealed record ReviewReliefPaymentRequest
{
    public required string PaymentId { get; init; }
    public required bool Passed { get; init; }
    public required string ReasonCode { get; init; }
    public required string EvidenceRef { get; init; }
}

/// <summary>
/// Reviews a fast-path payment from the queue, by an assessor of an active organization of the pool other than the
/// paying one (CONFLICT_OF_INTEREST). Passed closes the item; failed also opens a recovery receivable for the whole
/// payment against the beneficiary hash. A late review is still accepted (the queue only blocks the fast path).
/// RELIEF_REVIEW_DONE when the payment is not pending review.
/// </summary>
public sealed class ReviewReliefPaymentHandler : Handler<ReviewReliefPaymentRequest>
{
    public override bool IsWrite => true;
    public override IReadOnlyList<Role> Roles => [Role.Assessor];
    protected override JsonTypeInfo<ReviewReliefPaymentRequest> RequestType => DomainJsonContext.Default.ReviewReliefPaymentRequest;

    protected override object Handle(TxScope tx, ReviewReliefPaymentRequest request)
    {
        Check.ReasonCode(request.ReasonCode);
        Check.Hash(request.EvidenceRef, "evidenceRef");
        var beneficiaries = new BeneficiaryKeeper(tx);
        var payment = beneficiaries.GetPayment(request.PaymentId);
        var campaign = new CampaignKeeper(tx).Get(payment.CampaignId);
        Access.RequireParticipant(tx, new PoolKeeper(tx).Get(campaign.PoolId));
        TxScope.Require(tx.Caller.MspId != payment.OrgMsp, ErrorCodes.ConflictOfInterest, $"{payment.OrgMsp} made payment {payment.PaymentId} and cannot review it");
        TxScope.Require(payment.Review == ReliefReviewStatus.Pending, ErrorCodes.ReliefReviewDone, $"payment {payment.PaymentId} is {payment.Review}");

        Recovery? recovery = null;
        if (!request.Passed)
        {
            recovery = new Recovery
            {
                RecoveryId = tx.NewId("RCV"), Source = RecoverySource.ReliefPayment, PoolId = campaign.PoolId, CampaignId = campaign.CampaignId,
                PaymentId = payment.PaymentId, BeneficiaryHash = payment.BeneficiaryHash, Amount = payment.Amount, Repaid = 0, Offset = 0,
                Status = RecoveryStatus.Open, ReasonCode = request.ReasonCode, EvidenceRef = request.EvidenceRef, OpenedBy = tx.Caller.MspId, OpenedAt = tx.Now,
            };
            new RecoveryKeeper(tx).Create(recovery);
        }

        var reviewed = payment with
        {
            Review = request.Passed ? ReliefReviewStatus.Passed : ReliefReviewStatus.Failed, ReviewerOrg = tx.Caller.MspId,
            ReviewReasonCode = request.ReasonCode, ReviewEvidenceRef = request.EvidenceRef, ReviewedAt = tx.Now, RecoveryId = recovery?.RecoveryId,
        };
        beneficiaries.Put(reviewed);
        tx.Emit(new DomainEvent
        {
            Name = EventNames.ReliefReviewed, TxId = tx.Context.TxId, At = tx.Now, Actor = tx.Actor, PoolId = campaign.PoolId,
            ReliefPayments = [reviewed], Recoveries = recovery is null ? null : [recovery],
        });
        return reviewed;
    }
}
