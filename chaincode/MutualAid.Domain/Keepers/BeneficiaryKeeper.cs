using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;
using MutualAid.Domain.State;

namespace MutualAid.Domain.Keepers;

/// <summary>
/// Owns the beneficiary side of relief: <c>relief~beneficiary</c> (cross-campaign dedup), <c>campaign~beneficiary</c>
/// (entitlement), <c>relief~duplicate</c>, <c>campaign~verified</c>, <c>relief~payment</c> and its campaign and
/// review-queue indexes. Beneficiaries appear only as salted hashes.
/// </summary>
public sealed class BeneficiaryKeeper(TxScope tx)
{
    private static readonly DomainJsonContext Ctx = DomainJsonContext.Default;

    public BeneficiaryRecord? Find(string windowId, string hash) => tx.Get(Keys.Beneficiary(windowId, hash), Ctx.BeneficiaryRecord);

    public void Put(BeneficiaryRecord record) => tx.Put(Keys.Beneficiary(record.WindowId, record.BeneficiaryHash), record, Ctx.BeneficiaryRecord);

    public CampaignBeneficiary? FindInCampaign(string campaignId, string hash) => tx.Get(Keys.CampaignBeneficiary(campaignId, hash), Ctx.CampaignBeneficiary);

    public void Put(CampaignBeneficiary b) => tx.Put(Keys.CampaignBeneficiary(b.CampaignId, b.BeneficiaryHash), b, Ctx.CampaignBeneficiary);

    public void Put(DuplicateFlag flag) => tx.Put(Keys.Duplicate(flag.WindowId, flag.BeneficiaryHash, flag.PaymentId), flag, Ctx.DuplicateFlag);

    public BeneficiaryVerification? FindVerification(string campaignId, string hash) => tx.Get(Keys.Verification(campaignId, hash), Ctx.BeneficiaryVerification);

    public void Put(BeneficiaryVerification v) => tx.Put(Keys.Verification(v.CampaignId, v.BeneficiaryHash), v, Ctx.BeneficiaryVerification);

    /// <summary>The payment, or RELIEF_PAYMENT_NOT_FOUND.</summary>
    public ReliefPayment GetPayment(string paymentId)
        => tx.Get(Keys.ReliefPayment(paymentId), Ctx.ReliefPayment)
           ?? throw new DomainException(ErrorCodes.ReliefPaymentNotFound, $"relief payment {paymentId} does not exist");

    /// <summary>Stages a payment, its campaign index and (while its review is pending) its review-queue entry.</summary>
    public void Put(ReliefPayment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        tx.Put(Keys.ReliefPayment(payment.PaymentId), payment, Ctx.ReliefPayment);
        tx.PutRaw(Keys.CampaignPayment(payment.CampaignId, payment.PaymentId), Keys.IndexValue);
        if (payment.Review == ReliefReviewStatus.Pending)
        {
            tx.PutRaw(Keys.CampaignReview(payment.CampaignId, payment.PaymentId), Keys.IndexValue);
        }
        else
        {
            tx.DeleteIndex(Keys.CampaignReview(payment.CampaignId, payment.PaymentId));
        }
    }

    /// <summary>The campaign's payments whose review is pending, in id order.</summary>
    public IEnumerable<ReliefPayment> PendingReviews(string campaignId)
        => tx.Scan(Keys.CampaignReviewType, campaignId).Select(kv => GetPayment(CompositeKey.Split(kv.Key).Attributes[1]));

    /// <summary>Every payment of the campaign, in id order.</summary>
    public IEnumerable<ReliefPayment> Payments(string campaignId)
        => tx.Scan(Keys.CampaignPaymentType, campaignId).Select(kv => GetPayment(CompositeKey.Split(kv.Key).Attributes[1]));

    /// <summary>Every duplicate flag of the window, in key order.</summary>
    public IEnumerable<DuplicateFlag> Duplicates(string windowId)
        => tx.Scan(Keys.DuplicateType, windowId).Select(kv => CanonicalJson.Deserialize(kv.Value.Span, Ctx.DuplicateFlag));
}
