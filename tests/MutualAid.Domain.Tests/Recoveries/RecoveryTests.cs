using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Queries;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Recoveries;

public sealed class RecoveryTests
{
    private TestChain _chain = null!;
    private Scenario _s = null!;
    private Member _member = null!;
    private Claim _paid = null!;

    [SetUp]
    public void SetUp()
    {
        _chain = new TestChain();
        _s = new Scenario(_chain);
        _s.CreatePool();
        (_member, var claim) = _s.ApprovedClaim(100_000);
        _paid = _s.Pay(claim, 100_000);
    }

    private object OpenArgs(long amount) => new { claimId = _paid.ClaimId, amount = Scenario.Eur(amount), reasonCode = "LOSS_RECOVERED", evidenceRef = Scenario.Hash("court-order") };

    private Domain.Model.Recovery Open(long amount)
        => _chain.Ok(Actors.Assessor(Actors.InsurerB), "OpenClaimRecovery", OpenArgs(amount), DomainJsonContext.Default.Recovery);

    private Domain.Model.Recovery Repay(Domain.Model.Recovery r, long amount, string reference)
        => _chain.Ok(Actors.Caseworker(Actors.Ngo), "RepayRecovery", new { recoveryId = r.RecoveryId, amount = Scenario.Eur(amount), paymentReference = reference },
            DomainJsonContext.Default.Recovery);

    private PoolStatement Statement() => _chain.Ok(Actors.Auditor(), "GetPoolStatement", new { poolId = Scenario.PoolId }, DomainJsonContext.Default.PoolStatement);

    [Test]
    public void OpenClaimRecovery_OnPaidClaim_OpensReceivableWithoutTouchingTheClosedClaim()
    {
        var recovery = Open(30_000);

        Assert.Multiple(() =>
        {
            Assert.That(recovery.Status, Is.EqualTo(RecoveryStatus.Open));
            Assert.That(recovery.Outstanding, Is.EqualTo(30_000));
            Assert.That(recovery.MemberId, Is.EqualTo(_member.MemberId));
        });
    }

    [Test]
    public void OpenClaimRecovery_BeyondWhatWasPaid_FailsRecoveryExceedsPaid()
    {
        Open(60_000);

        _chain.Fails(ErrorCodes.RecoveryExceedsPaid, Actors.Assessor(Actors.InsurerB), "OpenClaimRecovery", OpenArgs(40_001));
    }

    [Test]
    public void OpenClaimRecovery_ByFilingOrganization_FailsConflictOfInterest()
        => _chain.Fails(ErrorCodes.ConflictOfInterest, Actors.Assessor(Actors.Ngo), "OpenClaimRecovery", OpenArgs(1_000));

    [Test]
    public void RepayRecovery_PartialThenRest_SettlesAndReturnsMoneyToThePool()
    {
        var recovery = Open(30_000);
        var before = Statement().Balance;

        var partial = Repay(recovery, 10_000, "BACK-1");
        var settled = Repay(recovery, 20_000, "BACK-2");

        Assert.Multiple(() =>
        {
            Assert.That(partial.Status, Is.EqualTo(RecoveryStatus.Open));
            Assert.That(partial.Outstanding, Is.EqualTo(20_000));
            Assert.That(settled.Status, Is.EqualTo(RecoveryStatus.Settled));
            Assert.That(Statement().Balance, Is.EqualTo(before + 30_000));
        });
    }

    [Test]
    public void RepayRecovery_BeyondOutstanding_FailsRecoveryOverpaid()
    {
        var recovery = Open(30_000);

        _chain.Fails(ErrorCodes.RecoveryOverpaid, Actors.Caseworker(Actors.Ngo), "RepayRecovery",
            new { recoveryId = recovery.RecoveryId, amount = Scenario.Eur(30_001), paymentReference = "BACK-1" });
    }

    [Test]
    public void RepayRecovery_ByUnrelatedOrganization_FailsForbiddenOrganization()
    {
        var recovery = Open(30_000);

        _chain.Fails(ErrorCodes.ForbiddenOrganization, Actors.Caseworker(Actors.InsurerB), "RepayRecovery",
            new { recoveryId = recovery.RecoveryId, amount = Scenario.Eur(1), paymentReference = "BACK-1" });
    }

    [Test]
    public void RecordPayout_MemberWithOpenRecovery_OffsetsUpToHalfThePayout()
    {
        var recovery = Open(30_000);
        _s.Contribute(_member, 200_000);
        var second = _s.Submit(_member, 40_000);
        _s.StartReview(second);
        _s.Endorse(second, Actors.InsurerA, 40_000);
        _s.Endorse(second, Actors.InsurerB, 40_000);
        _chain.AdvanceDays(7);
        _s.Finalize(second);
        var before = Statement().Balance;

        _s.Pay(second, 40_000);

        var after = _chain.Ok(Actors.Auditor(), "GetRecovery", new { recoveryId = recovery.RecoveryId }, DomainJsonContext.Default.Recovery);
        Assert.Multiple(() =>
        {
            Assert.That(after.Offset, Is.EqualTo(20_000));
            Assert.That(after.Outstanding, Is.EqualTo(10_000));
            Assert.That(Statement().Balance, Is.EqualTo(before - 40_000 - 3_200 + 20_000), "payout and fee out, offset stays in");
        });
    }

    [Test]
    public void RepayRecovery_ReliefRecovery_ReturnsMoneyToTheCampaign()
    {
        var r = new ReliefSteps(_chain);
        r.CreatePool();
        r.Declare();
        r.Fund("flood-a", 50_000);
        var payment = r.Disburse("flood-a", true, Actors.Ngo, r.Order("b1", 4_000)).Single();
        var failed = _chain.Ok(Actors.Assessor(Actors.InsurerA), "ReviewReliefPayment",
            new { paymentId = payment.PaymentId, passed = false, reasonCode = "NOT_AFFECTED", evidenceRef = Scenario.Hash("r") }, DomainJsonContext.Default.ReliefPayment);

        var settled = _chain.Ok(Actors.Coordinator(Actors.Ngo), "RepayRecovery",
            new { recoveryId = failed.RecoveryId, amount = Scenario.Eur(4_000), paymentReference = "BACK-R1" }, DomainJsonContext.Default.Recovery);

        var report = _chain.Ok(Actors.Auditor(), "GetCampaignReport", new { campaignId = "flood-a" }, DomainJsonContext.Default.CampaignReport);
        Assert.Multiple(() =>
        {
            Assert.That(settled.Status, Is.EqualTo(RecoveryStatus.Settled));
            Assert.That(report.Recovered, Is.EqualTo(4_000));
            Assert.That(report.Balance, Is.EqualTo(50_000));
            Assert.That(report.RecoveriesOutstanding, Is.Zero);
        });
    }
}
