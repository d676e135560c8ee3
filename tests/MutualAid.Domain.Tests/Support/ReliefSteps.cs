using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.State;

namespace MutualAid.Domain.Tests.Support;

/// <summary>A disaster-relief pool and campaign steps on a <see cref="TestChain"/>.</summary>
public sealed class ReliefSteps(TestChain chain)
{
    public const string PoolId = "relief-2025";
    public const string Window = "W-2025-Q3";
    private int _refs;

    public TestChain Chain { get; } = chain;

    public static string Salt { get; } = Scenario.Hash("window-salt");

    public static string Beneficiary(string id) => Scenario.Hash("salt|" + id);

    public void CreatePool(PoolParameters? parameters = null)
        => Chain.Ok(Actors.Delegate(), "CreatePool", new
        {
            poolId = PoolId, type = PoolType.DisasterRelief,
            organizations = new[]
            {
                new { mspId = Actors.InsurerA, kind = OrgKind.Insurer }, new { mspId = Actors.InsurerB, kind = OrgKind.Insurer },
                new { mspId = Actors.Ngo, kind = OrgKind.ReliefCoordinator },
            },
            parameters = parameters ?? Scenario.DefaultParameters, openingBalance = 0,
        }, DomainJsonContext.Default.Pool);

    public object DeclareArgs(string campaignId = "flood-a", DedupMode mode = DedupMode.Blocking, long budget = 100_000, long entitlement = 10_000,
        long fastPerCoordinator = 20_000, long fastPerCampaign = 30_000, string? salt = null, string poolId = PoolId) => new
    {
        campaignId, poolId,
        trigger = new TriggerEvidence(Scenario.Hash("river-gauge"), "KE-030", Chain.Now.AddDays(-2), Chain.Now.AddDays(5)),
        budget = Scenario.Eur(budget), entitlementPerBeneficiary = Scenario.Eur(entitlement), windowId = Window, saltCommitment = salt ?? Salt,
        dedupMode = mode, fastPathCapPerCoordinator = Scenario.Eur(fastPerCoordinator), fastPathCapPerCampaign = Scenario.Eur(fastPerCampaign),
        reviewWindowDays = 7, endsAt = Chain.Now.AddDays(30),
    };

    public Campaign Declare(object? args = null, string msp = Actors.Ngo)
        => Chain.Ok(Actors.Coordinator(msp), "DeclareCampaign", args ?? DeclareArgs(), DomainJsonContext.Default.Campaign);

    public ReliefEntry Fund(string campaignId, long amount, string? reference = null)
        => Chain.Ok(Actors.Coordinator(Actors.InsurerA), "FundCampaign",
            new { campaignId, amount = Scenario.Eur(amount), paymentReference = reference ?? $"FUND-{++_refs}" }, DomainJsonContext.Default.ReliefEntry);

    public object Order(string beneficiary, long amount) => new
    {
        beneficiaryHash = Beneficiary(beneficiary), amount = Scenario.Eur(amount), paymentReference = $"RLF-{++_refs}", destinationHash = Scenario.Hash("wallet-" + beneficiary),
    };

    public static object BatchArgs(string campaignId, bool fastPath, params object[] orders) => new { campaignId, fastPath, payments = orders };

    public IReadOnlyList<ReliefPayment> Disburse(string campaignId, bool fastPath, string msp, params object[] orders)
        => Chain.Ok(Coordinator(msp), "DisburseRelief", BatchArgs(campaignId, fastPath, orders), DomainJsonContext.Default.IReadOnlyListReliefPayment);

    public static Caller Coordinator(string msp) => Actors.Coordinator(msp);

    public void Verify(string campaignId, string msp, params string[] beneficiaries)
        => Chain.Ok(Actors.Assessor(msp), "VerifyBeneficiaries",
            new { campaignId, beneficiaryHashes = beneficiaries.Select(Beneficiary).ToArray(), evidenceRef = Scenario.Hash("verified") },
            DomainJsonContext.Default.ListBeneficiaryVerification);
}
