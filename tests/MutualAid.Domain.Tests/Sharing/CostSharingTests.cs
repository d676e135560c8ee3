using MutualAid.Domain.Errors;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Sharing;

public sealed class CostSharingTests
{
    private TestChain _chain = null!;
    private Scenario _s = null!;
    private Member _claimant = null!;
    private List<Member> _members = null!;

    private static PoolParameters Params(ShortfallRule rule = ShortfallRule.ReserveDraw, long caseCap = 100_000, long periodCap = 100_000, long yearCap = 200_000)
        => Scenario.DefaultParameters with
        {
            CostSharing = new CostSharingTerms
            {
                PeriodDays = 14, MaxChargePerMemberPerCase = caseCap, MaxChargePerMemberPerPeriod = periodCap, MaxChargePerMemberPerYear = yearCap, ShortfallRule = rule,
            },
        };

    private void Start(PoolParameters parameters, bool lateMember = false)
    {
        _chain = new TestChain();
        _s = new Scenario(_chain);
        _s.CreatePool(parameters);
        _claimant = _s.Enroll();
        _members = [_s.Enroll(Actors.Caseworker(Actors.InsurerA)), _s.Enroll(Actors.Caseworker(Actors.InsurerB)), _s.Enroll()];
        _chain.AdvanceDays(20);
        if (lateMember)
        {
            _members.Add(_s.Enroll(Actors.Caseworker(Actors.InsurerB)));
        }

        _chain.AdvanceDays(11);
        Close();
        Close();
    }

    private SharingPeriod Close() => _chain.Ok(Actors.Delegate(), "CloseSharingPeriod", new { poolId = Scenario.PoolId }, DomainJsonContext.Default.SharingPeriod);

    /// <summary>A claim approved in period 3 ([day 28, day 42)).</summary>
    private Claim ApprovedInPeriod3(long amount)
    {
        var claim = _s.Submit(_claimant, amount);
        _s.StartReview(claim);
        _s.Endorse(claim, Actors.InsurerA, amount);
        _s.Endorse(claim, Actors.InsurerB, amount);
        _chain.AdvanceDays(7);
        return _s.Finalize(claim);
    }

    private SharingPeriod ClosePeriod3()
    {
        _chain.AdvanceDays(42 - 38);
        return Close();
    }

    private Claim Load(Claim c) => _chain.Ok(Actors.Auditor(), "GetClaim", new { claimId = c.ClaimId }, DomainJsonContext.Default.Claim);

    [Test]
    public void CloseSharingPeriod_BeforeItEnds_FailsSharingPeriodOpen()
    {
        Start(Params());

        _chain.Fails(ErrorCodes.SharingPeriodOpen, Actors.Delegate(), "CloseSharingPeriod", new { poolId = Scenario.PoolId });
    }

    [Test]
    public void CloseSharingPeriod_ContributionFundedPool_FailsCostSharingDisabled()
    {
        new Scenario(_chain = new TestChain()).CreatePool();

        _chain.Fails(ErrorCodes.CostSharingDisabled, Actors.Delegate(), "CloseSharingPeriod", new { poolId = Scenario.PoolId });
    }

    [Test]
    public void CloseSharingPeriod_Uncapped_ChargesSumExactlyAndRoundingSurplusCarries()
    {
        Start(Params());
        ApprovedInPeriod3(10_001);

        var period = ClosePeriod3();

        var r = period.Result;
        Assert.Multiple(() =>
        {
            Assert.That(period.Inputs.FormulaVersion, Is.EqualTo("cost-share/v1"));
            Assert.That(r.Aid, Is.EqualTo(10_001));
            Assert.That(r.Fee, Is.EqualTo(800));
            Assert.That(r.AmountToShare, Is.EqualTo(10_801));
            Assert.That(r.PerMemberShare, Is.EqualTo(2_701));
            Assert.That(r.Charges.Select(c => c.Charge), Is.All.EqualTo(2_701));
            Assert.That(r.TotalCharged, Is.EqualTo(10_804));
            Assert.That(r.CarriedSurplusOut, Is.EqualTo(3));
            Assert.That(r.RuleAmount, Is.Zero);
        });
        _chain.AdvanceDays(14);
        Assert.That(Close().Inputs.CarriedSurplus, Is.EqualTo(3));
    }

    [Test]
    public void CloseSharingPeriod_CapsBindWithReserveDraw_RecordsTheDrawAsAnEntry()
    {
        Start(Params(caseCap: 1_000));
        ApprovedInPeriod3(10_000);

        var r = ClosePeriod3().Result;

        var statement = _chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = _members[0].MemberId }, DomainJsonContext.Default.MemberStatement);
        Assert.Multiple(() =>
        {
            Assert.That(r.Charges.Select(c => c.Charge), Is.All.EqualTo(1_000));
            Assert.That(r.CapShortfall, Is.EqualTo(6_800));
            Assert.That(r.ReserveDraw, Is.EqualTo(6_800));
            Assert.That(r.TotalCharged + r.RuleAmount, Is.EqualTo(r.AmountToShare));
            Assert.That(statement.Entries, Is.Empty, "a charge is a receivable, not an entry");
        });
    }

    [Test]
    public void CloseSharingPeriod_CapsBindWithProRataBenefit_CutsTheClaimAndItPaysTheRest()
    {
        Start(Params(ShortfallRule.ProRataBenefit, caseCap: 1_000));
        var claim = ApprovedInPeriod3(10_000);
        _s.Contribute(_members[0], 50_000);

        var r = ClosePeriod3().Result;

        var cut = Load(claim);
        Assert.Multiple(() =>
        {
            Assert.That(r.BenefitCuts.Single().Reduction, Is.EqualTo(6_800));
            Assert.That(r.ReserveDraw, Is.Zero);
            Assert.That(cut.ApprovedAmount!.Value.Amount, Is.EqualTo(3_200));
            Assert.That(cut.BenefitReduction, Is.EqualTo(6_800));
        });
        Assert.That(_s.Pay(cut, 3_200).Status, Is.EqualTo(ClaimStatus.Closed));
    }

    [Test]
    public void RecordPayout_BeforeTheClaimWasShared_FailsSharingPending()
    {
        Start(Params());
        var claim = ApprovedInPeriod3(10_000);
        _s.Contribute(_members[0], 50_000);

        _chain.Fails(ErrorCodes.SharingPending, Actors.Coordinator(), "RecordPayout", _s.PayoutArgs(claim, 1_000));
        ClosePeriod3();
        Assert.That(_s.Pay(Load(claim), 1_000).SharedInPeriod, Is.EqualTo(3));
    }

    [Test]
    public void CloseSharingPeriod_JoinerAfterStartNotChargedLeaverAfterStartStillOwes()
    {
        Start(Params());
        ApprovedInPeriod3(10_000);
        var joiner = _s.Enroll();
        _chain.Ok(Actors.Caseworker(_members[0].OrgMsp), "ExitMember", new { memberId = _members[0].MemberId }, DomainJsonContext.Default.Member);

        var period = ClosePeriod3();

        Assert.Multiple(() =>
        {
            Assert.That(period.Inputs.Members.Select(m => m.MemberId), Does.Not.Contain(joiner.MemberId));
            Assert.That(period.Inputs.Members.Select(m => m.MemberId), Does.Contain(_members[0].MemberId));
        });
        var paid = _chain.Ok(Actors.Caseworker(_members[0].OrgMsp), "RecordContribution",
            new { memberId = _members[0].MemberId, amount = Scenario.Eur(2_700), paymentReference = "SHARE-1", periodSeq = 3 }, DomainJsonContext.Default.ContributionResult);
        Assert.That(paid.Entry.PeriodSeq, Is.EqualTo(3));
    }

    [Test]
    public void RecordContribution_BeyondTheCharge_FailsChargeOverpaid()
    {
        Start(Params());
        ApprovedInPeriod3(10_000);
        ClosePeriod3();

        _chain.Fails(ErrorCodes.ChargeOverpaid, Actors.Caseworker(_members[0].OrgMsp), "RecordContribution",
            new { memberId = _members[0].MemberId, amount = Scenario.Eur(2_701), paymentReference = "SHARE-1", periodSeq = 3 });
    }

    [Test]
    public void RecordContribution_ForAPeriodWithoutCharge_FailsChargeNotFound()
    {
        Start(Params());

        _chain.Fails(ErrorCodes.ChargeNotFound, Actors.Caseworker(_members[0].OrgMsp), "RecordContribution",
            new { memberId = _members[0].MemberId, amount = Scenario.Eur(1), paymentReference = "SHARE-1", periodSeq = 1 });
    }

    [Test]
    public void RecomputePeriod_ClosedPeriod_MatchesFromStoredInputs()
    {
        Start(Params(caseCap: 1_000));
        ApprovedInPeriod3(10_000);
        ClosePeriod3();

        var check = _chain.Ok(Actors.Auditor(), "RecomputePeriod", new { poolId = Scenario.PoolId, periodSeq = 3 }, DomainJsonContext.Default.PeriodRecomputation);

        Assert.Multiple(() =>
        {
            Assert.That(check.Matches, Is.True);
            Assert.That(check.InputsHashMatches, Is.True);
            Assert.That(check.Recomputed.TotalCharged, Is.EqualTo(4_000));
        });
    }

    [Test]
    public void GetMemberCharges_AfterAPeriod_ShowsYearToDateAgainstCapsAndProjection()
    {
        Start(Params(yearCap: 4_000, periodCap: 3_000));
        ApprovedInPeriod3(10_000);
        ClosePeriod3();
        var second = _s.Submit(_claimant, 20_000);
        _s.StartReview(second);
        _s.Endorse(second, Actors.InsurerA, 20_000);
        _s.Endorse(second, Actors.InsurerB, 20_000);
        _chain.AdvanceDays(7);
        _s.Finalize(second);

        var statement = _chain.Ok(Actors.Auditor(), "GetMemberCharges", new { memberId = _members[0].MemberId }, DomainJsonContext.Default.MemberChargeStatement);

        Assert.Multiple(() =>
        {
            Assert.That(statement.YearToDate, Is.EqualTo(2_700));
            Assert.That(statement.YearRemaining, Is.EqualTo(1_300));
            Assert.That(statement.Outstanding, Is.EqualTo(2_700));
            Assert.That(statement.ProjectedPeriodSeq, Is.EqualTo(4));
            Assert.That(statement.ProjectedNextCharge, Is.EqualTo(1_300), "the yearly cap binds the projection too");
        });
    }

    [Test]
    public void ExitMember_InWaitingPeriodWithCharges_RefundsExactlyWhatWasPaidAndWritesOffTheRest()
    {
        Start(Params(), lateMember: true);
        ApprovedInPeriod3(10_000);
        ClosePeriod3();
        var m = _members[3];
        _chain.Ok(Actors.Caseworker(m.OrgMsp), "RecordContribution",
            new { memberId = m.MemberId, amount = Scenario.Eur(1_000), paymentReference = "SHARE-1", periodSeq = 3 }, DomainJsonContext.Default.ContributionResult);

        _chain.Ok(Actors.Caseworker(m.OrgMsp), "ExitMember", new { memberId = m.MemberId, refundPaymentReference = "REFUND-1" }, DomainJsonContext.Default.Member);

        var statement = _chain.Ok(Actors.Auditor(), "GetMemberCharges", new { memberId = m.MemberId }, DomainJsonContext.Default.MemberChargeStatement);
        var money = _chain.Ok(Actors.Auditor(), "GetMemberStatement", new { memberId = m.MemberId }, DomainJsonContext.Default.MemberStatement);
        Assert.Multiple(() =>
        {
            Assert.That(money.Refunds, Is.EqualTo(1_000));
            Assert.That(statement.Outstanding, Is.Zero);
            Assert.That(statement.Charges.Single().WrittenOff, Is.EqualTo(1_160));
        });
    }
}
