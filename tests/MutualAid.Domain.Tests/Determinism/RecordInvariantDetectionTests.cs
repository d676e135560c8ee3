using MutualAid.Domain.Invariants;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.State;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Determinism;

/// <summary>The invariants of appeals, governance, relief and sharing catch a broken state: each test tampers with one record of a valid ledger.</summary>
public sealed class RecordInvariantDetectionTests
{
    private static LedgerSnapshot Replace<T>(LedgerSnapshot snapshot, string key, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        => snapshot with { State = [.. snapshot.State.Select(kv => kv.Key == key ? new KeyValueEntry(key, CanonicalJson.Serialize(value, type)) : kv)] };

    [Test]
    public void ReliefBounds_DisbursedBeyondEntitlement_ReportsViolation()
    {
        var chain = new TestChain();
        var r = new ReliefSteps(chain);
        r.CreatePool();
        r.Declare();
        r.Fund("flood-a", 50_000);
        r.Disburse("flood-a", true, Actors.Ngo, r.Order("b1", 4_000));
        var snapshot = chain.Ledger.Snapshot();
        var b = new StateView(snapshot).CampaignBeneficiaries.Single();

        var tampered = Replace(snapshot, Keys.CampaignBeneficiary(b.CampaignId, b.BeneficiaryHash), b with { Total = 40_000 }, DomainJsonContext.Default.CampaignBeneficiary);

        Assert.That(Invariants.Invariants.ReliefBounds(new StateView(tampered)), Is.Not.Empty);
    }

    [Test]
    public void GovernanceConsistent_TallyCountsAltered_ReportsViolation()
    {
        var chain = new TestChain();
        new Scenario(chain).CreatePool();
        var p = chain.Enact(GovernanceSteps.Args(ProposalKind.ChangePoolParameters, parameters: Scenario.DefaultParameters with { NoticeWindowDays = 2 }));
        var snapshot = chain.Ledger.Snapshot();

        var tampered = Replace(snapshot, Keys.Proposal(p.ProposalId), p with { For = 1 }, DomainJsonContext.Default.Proposal);

        Assert.That(Invariants.Invariants.GovernanceConsistent(new StateView(tampered)), Is.Not.Empty);
    }

    [Test]
    public void ParametersNotRetroactive_ClaimMovedToLaterVersion_ReportsViolation()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var (_, claim) = s.FiledClaim();
        chain.Enact(GovernanceSteps.Args(ProposalKind.ChangePoolParameters, parameters: Scenario.DefaultParameters with { NoticeWindowDays = 2 }));
        var snapshot = chain.Ledger.Snapshot();

        var tampered = Replace(snapshot, Keys.Claim(claim.ClaimId), claim with { ParametersVersion = 2 }, DomainJsonContext.Default.Claim);

        Assert.That(Invariants.Invariants.ParametersNotRetroactive(new StateView(tampered)), Is.Not.Empty);
    }

    [Test]
    public void CostShareExact_ChargeAltered_ReportsViolation()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool(Scenario.DefaultParameters with
        {
            CostSharing = new CostSharingTerms
            {
                PeriodDays = 7, MaxChargePerMemberPerCase = 1_000, MaxChargePerMemberPerPeriod = 1_000, MaxChargePerMemberPerYear = 5_000,
                ShortfallRule = ShortfallRule.ReserveDraw,
            },
        });
        s.Enroll();
        s.Enroll();
        chain.AdvanceDays(7);
        var period = chain.Ok(Actors.Delegate(), "CloseSharingPeriod", new { poolId = Scenario.PoolId }, DomainJsonContext.Default.SharingPeriod);
        var snapshot = chain.Ledger.Snapshot();

        var tampered = Replace(snapshot, Keys.SharingPeriod(period.PoolId, period.Seq),
            period with { Result = period.Result with { CarriedSurplusOut = 7 } }, DomainJsonContext.Default.SharingPeriod);

        Assert.That(Invariants.Invariants.CostShareExact(new StateView(tampered)), Is.Not.Empty);
    }

    [Test]
    public void AppealsConsistent_OutcomeNotWhatBallotsGive_ReportsViolation()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var (_, claim) = s.FiledClaim();
        s.StartReview(claim);
        chain.Ok(Actors.Assessor(Actors.InsurerA), "EndorseClaim", Scenario.Rejection(claim), DomainJsonContext.Default.Claim);
        chain.Ok(Actors.Caseworker(Actors.Ngo), "AppealClaim", new { claimId = claim.ClaimId, reasonCode = "X", evidenceRef = Scenario.Hash("x") }, DomainJsonContext.Default.Claim);
        chain.AdvanceDays(8);
        chain.Ok(Actors.Delegate(), "ResolveAppeal", new { claimId = claim.ClaimId }, DomainJsonContext.Default.Claim);
        var snapshot = chain.Ledger.Snapshot();
        var appeal = new StateView(snapshot).Appeals[claim.ClaimId];

        var tampered = Replace(snapshot, Keys.Appeal(claim.ClaimId), appeal with { Status = AppealStatus.Upheld, Outcome = "APPEAL_UPHELD" }, DomainJsonContext.Default.Appeal);

        Assert.That(Invariants.Invariants.AppealsConsistent(new StateView(tampered)), Is.Not.Empty);
    }
}
