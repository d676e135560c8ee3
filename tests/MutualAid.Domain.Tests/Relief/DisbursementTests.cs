using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Queries;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Relief;

public sealed class DisbursementTests
{
    private TestChain _chain = null!;
    private ReliefSteps _r = null!;

    [SetUp]
    public void SetUp()
    {
        _chain = new TestChain();
        _r = new ReliefSteps(_chain);
        _r.CreatePool();
        _r.Declare();
        _r.Fund("flood-a", 100_000);
    }

    private CampaignReport Report(string id = "flood-a")
        => _chain.Ok(Actors.Auditor(), "GetCampaignReport", new { campaignId = id }, DomainJsonContext.Default.CampaignReport);

    private void Fails(string code, string msp, bool fastPath, params object[] orders)
        => _chain.Fails(code, ReliefSteps.Coordinator(msp), "DisburseRelief", ReliefSteps.BatchArgs("flood-a", fastPath, orders));

    [Test]
    public void DisburseRelief_FastPath_PaysAtOnceAndQueuesEveryPaymentForReview()
    {
        var payments = _r.Disburse("flood-a", true, Actors.Ngo, _r.Order("b1", 5_000), _r.Order("b2", 5_000));

        var report = Report();
        Assert.Multiple(() =>
        {
            Assert.That(payments.Select(p => p.Review), Is.All.EqualTo(ReliefReviewStatus.Pending));
            Assert.That(payments[0].ReviewDeadline, Is.EqualTo(_chain.Now.AddDays(7)));
            Assert.That(report.Disbursed, Is.EqualTo(10_000));
            Assert.That(report.Balance, Is.EqualTo(90_000));
            Assert.That(report.ReviewsPending, Is.EqualTo(2));
            Assert.That(report.FastPathDisbursed, Is.EqualTo(10_000));
        });
    }

    [Test]
    public void DisburseRelief_FastPathBeyondCoordinatorCap_FailsFastPathCapExceeded()
    {
        _r.Disburse("flood-a", true, Actors.Ngo, _r.Order("b1", 10_000), _r.Order("b2", 10_000));

        Fails(ErrorCodes.FastPathCapExceeded, Actors.Ngo, true, _r.Order("b3", 1));
    }

    [Test]
    public void DisburseRelief_FastPathBeyondCampaignCap_FailsFastPathCapExceeded()
    {
        _r.Disburse("flood-a", true, Actors.Ngo, _r.Order("b1", 10_000), _r.Order("b2", 10_000));
        _r.Disburse("flood-a", true, Actors.InsurerB, _r.Order("b3", 10_000));

        Fails(ErrorCodes.FastPathCapExceeded, Actors.InsurerB, true, _r.Order("b4", 1));
    }

    [Test]
    public void DisburseRelief_BeyondBalance_FailsInsufficientCampaignBalance()
    {
        _r.Declare(_r.DeclareArgs("flood-b"));

        _chain.Fails(ErrorCodes.InsufficientCampaignBalance, ReliefSteps.Coordinator(Actors.Ngo), "DisburseRelief",
            ReliefSteps.BatchArgs("flood-b", true, _r.Order("b1", 100)));
    }

    [Test]
    public void DisburseRelief_BeyondBudget_FailsBudgetExceeded()
    {
        _r.Declare(_r.DeclareArgs("flood-b", budget: 12_000, entitlement: 10_000, fastPerCoordinator: 12_000, fastPerCampaign: 12_000));
        _r.Fund("flood-b", 50_000);
        _r.Disburse("flood-b", true, Actors.Ngo, _r.Order("x1", 10_000));

        _chain.Fails(ErrorCodes.BudgetExceeded, ReliefSteps.Coordinator(Actors.Ngo), "DisburseRelief", ReliefSteps.BatchArgs("flood-b", true, _r.Order("x2", 2_001)));
    }

    [Test]
    public void DisburseRelief_SameBeneficiaryTwiceInOneBatchBeyondEntitlement_FailsEntitlementExceeded()
        => Fails(ErrorCodes.EntitlementExceeded, Actors.Ngo, true, _r.Order("b1", 6_000), _r.Order("b1", 6_000));

    [Test]
    public void DisburseRelief_InstalmentsWithinEntitlement_Pay()
    {
        _r.Disburse("flood-a", true, Actors.Ngo, _r.Order("b1", 6_000));
        _r.Disburse("flood-a", true, Actors.Ngo, _r.Order("b1", 4_000));

        Fails(ErrorCodes.EntitlementExceeded, Actors.Ngo, true, _r.Order("b1", 1));
    }

    [Test]
    public void DisburseRelief_NotAHash_FailsInvalidArgument()
        => _chain.Fails(ErrorCodes.InvalidArgument, ReliefSteps.Coordinator(Actors.Ngo), "DisburseRelief", ReliefSteps.BatchArgs("flood-a", true,
            new { beneficiaryHash = "passport AB123456", amount = Scenario.Eur(100), paymentReference = "R-1", destinationHash = Scenario.Hash("w") }));

    [Test]
    public void DisburseRelief_BlockingDuplicateFromAnotherOrganization_FailsDuplicateBeneficiary()
    {
        _r.Disburse("flood-a", true, Actors.Ngo, _r.Order("b1", 1_000));

        Fails(ErrorCodes.DuplicateBeneficiary, Actors.InsurerB, true, _r.Order("b1", 1_000));
    }

    [Test]
    public void DisburseRelief_BlockingDuplicateAcrossCampaigns_FailsDuplicateBeneficiary()
    {
        _r.Disburse("flood-a", true, Actors.Ngo, _r.Order("b1", 1_000));
        _r.Declare(_r.DeclareArgs("storm-b"));
        _r.Fund("storm-b", 10_000);

        _chain.Fails(ErrorCodes.DuplicateBeneficiary, ReliefSteps.Coordinator(Actors.Ngo), "DisburseRelief",
            ReliefSteps.BatchArgs("storm-b", true, _r.Order("b1", 1_000)));
    }

    [Test]
    public void DisburseRelief_AdvisoryDuplicate_PaysAndFlags()
    {
        _r.Disburse("flood-a", true, Actors.Ngo, _r.Order("b1", 1_000));
        _r.Declare(_r.DeclareArgs("storm-b", DedupMode.Advisory));
        _r.Fund("storm-b", 10_000);

        var paid = _r.Disburse("storm-b", true, Actors.InsurerB, _r.Order("b1", 1_000));

        Assert.Multiple(() =>
        {
            Assert.That(paid.Single().Duplicate, Is.True);
            Assert.That(Report("storm-b").DuplicatesFlagged, Is.EqualTo(1));
        });
    }

    [Test]
    public void DisburseRelief_StandardPathUnverified_FailsBeneficiaryNotVerified()
        => Fails(ErrorCodes.BeneficiaryNotVerified, Actors.Ngo, false, _r.Order("b1", 1_000));

    [Test]
    public void DisburseRelief_StandardPathVerifiedByOwnOrganization_FailsBeneficiaryNotVerified()
    {
        _r.Verify("flood-a", Actors.Ngo, "b1");

        Fails(ErrorCodes.BeneficiaryNotVerified, Actors.Ngo, false, _r.Order("b1", 1_000));
    }

    [Test]
    public void DisburseRelief_StandardPathVerifiedByAnotherOrganization_PaysWithoutReviewOrFastPathCap()
    {
        _r.Verify("flood-a", Actors.InsurerA, "b1", "b2", "b3", "b4");

        var paid = _r.Disburse("flood-a", false, Actors.Ngo, _r.Order("b1", 10_000), _r.Order("b2", 10_000), _r.Order("b3", 10_000), _r.Order("b4", 10_000));

        Assert.Multiple(() =>
        {
            Assert.That(paid.Select(p => p.Review), Is.All.EqualTo(ReliefReviewStatus.NotRequired));
            Assert.That(Report().ReviewsPending, Is.Zero);
        });
    }

    [Test]
    public void DisburseRelief_PoolPaused_FailsPoolPaused()
    {
        _chain.Enact(GovernanceSteps.Args(ProposalKind.Pause, poolId: ReliefSteps.PoolId));

        Fails(ErrorCodes.PoolPaused, Actors.Ngo, true, _r.Order("b1", 1_000));
    }
}
