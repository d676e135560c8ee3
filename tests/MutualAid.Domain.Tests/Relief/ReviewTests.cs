using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Relief;

public sealed class ReviewTests
{
    private TestChain _chain = null!;
    private ReliefSteps _r = null!;
    private ReliefPayment _payment = null!;

    [SetUp]
    public void SetUp()
    {
        _chain = new TestChain();
        _r = new ReliefSteps(_chain);
        _r.CreatePool();
        _r.Declare();
        _r.Fund("flood-a", 100_000);
        _payment = _r.Disburse("flood-a", true, Actors.Ngo, _r.Order("b1", 4_000)).Single();
    }

    private object ReviewArgs(bool passed) => new { paymentId = _payment.PaymentId, passed, reasonCode = passed ? "CONFIRMED" : "NOT_AFFECTED", evidenceRef = Scenario.Hash("review") };

    private ReliefPayment Review(bool passed, string msp = Actors.InsurerA)
        => _chain.Ok(Actors.Assessor(msp), "ReviewReliefPayment", ReviewArgs(passed), DomainJsonContext.Default.ReliefPayment);

    [Test]
    public void ReviewReliefPayment_Passed_LeavesTheQueue()
    {
        var reviewed = Review(true);

        Assert.Multiple(() =>
        {
            Assert.That(reviewed.Review, Is.EqualTo(ReliefReviewStatus.Passed));
            Assert.That(reviewed.RecoveryId, Is.Null);
        });
    }

    [Test]
    public void ReviewReliefPayment_Failed_OpensRecoveryForThePayment()
    {
        var reviewed = Review(false);

        var recovery = _chain.Ok(Actors.Auditor(), "GetRecovery", new { recoveryId = reviewed.RecoveryId }, DomainJsonContext.Default.Recovery);
        Assert.Multiple(() =>
        {
            Assert.That(reviewed.Review, Is.EqualTo(ReliefReviewStatus.Failed));
            Assert.That(recovery.Amount, Is.EqualTo(_payment.Amount));
            Assert.That(recovery.BeneficiaryHash, Is.EqualTo(_payment.BeneficiaryHash));
            Assert.That(recovery.Status, Is.EqualTo(RecoveryStatus.Open));
        });
    }

    [Test]
    public void ReviewReliefPayment_ByPayingOrganization_FailsConflictOfInterest()
        => _chain.Fails(ErrorCodes.ConflictOfInterest, Actors.Assessor(Actors.Ngo), "ReviewReliefPayment", ReviewArgs(true));

    [Test]
    public void ReviewReliefPayment_Twice_FailsReliefReviewDone()
    {
        Review(true);

        _chain.Fails(ErrorCodes.ReliefReviewDone, Actors.Assessor(Actors.InsurerB), "ReviewReliefPayment", ReviewArgs(false));
    }

    [Test]
    public void DisburseRelief_FastPathWithOverdueReview_FailsFastPathReviewsOverdue()
    {
        _chain.AdvanceDays(8);

        _chain.Fails(ErrorCodes.FastPathReviewsOverdue, ReliefSteps.Coordinator(Actors.Ngo), "DisburseRelief", ReliefSteps.BatchArgs("flood-a", true, _r.Order("b2", 100)));
        Review(true);
        Assert.That(_r.Disburse("flood-a", true, Actors.Ngo, _r.Order("b2", 100)), Has.Count.EqualTo(1));
    }
}
