using System.Text.Json.Nodes;

namespace MutualAid.Gateway.Demo;

/// <summary>
/// A relief campaign walked over HTTP: the insurer's delegate creates a disaster-relief pool, the NGO's coordinator
/// declares a campaign (blocking dedup), both organizations fund it, the insurer's assessor verifies beneficiaries
/// (the other organization, as the standard path needs), the NGO's coordinator pays them; then the insurer declares
/// a second campaign in the same window and its payment to a household already served is refused as a duplicate.
/// </summary>
public sealed class ReliefWalkthrough(Func<string, string, ApiClient> client, TextWriter output, DemoClock? clock = null)
{
    /// <summary>Each household's entitlement, in minor units.</summary>
    public const long Entitlement = 100_000;

    /// <summary>What each verified household receives, in minor units.</summary>
    public const long Paid = 80_000;

    private static readonly string[] Households = ["household-17", "household-23", "household-41"];

    private readonly DemoSteps _steps = new(output);

    /// <summary>The disaster-relief pool.</summary>
    public string PoolId { get; } = "relief-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The NGO's campaign.</summary>
    public string CampaignId => PoolId + "-ngo";

    /// <summary>The insurer's campaign in the same dedup window.</summary>
    public string SecondCampaignId => PoolId + "-ins";

    /// <summary>The dedup window shared by both campaigns.</summary>
    public string WindowId => "W-" + PoolId;

    /// <summary>The NGO campaign's report at the end.</summary>
    public JsonNode? Report { get; private set; }

    /// <summary>The refusal of the duplicate payment.</summary>
    public ApiResult? DuplicateRefusal { get; private set; }

    /// <summary>Runs every step; throws on the first one that does not go as the domain's rules say.</summary>
    /// <exception cref="HttpRequestException">A step was refused, or a refusal did not come.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var insurerDelegate = client("InsurerMSP", "Delegate");
        var ngoCoordinator = client("NgoMSP", "Coordinator");
        var insurerCoordinator = client("InsurerMSP", "Coordinator");
        var insurerAssessor = client("InsurerMSP", "Assessor");
        var households = Households.Select(h => ReliefCalls.Beneficiary(WindowId, h)).ToArray();
        DateTimeOffset? now = clock is null ? null : await clock.NowAsync(cancellationToken).ConfigureAwait(false);

        await _steps.DoAsync("insurer delegate creates the disaster-relief pool " + PoolId,
            insurerDelegate.PostAsync("/api/v1/pools", ReliefCalls.CreateReliefPool(PoolId), null, cancellationToken)).ConfigureAwait(false);
        await _steps.DoAsync($"NGO coordinator declares campaign {CampaignId} (budget 5,000.00, 1,000.00 per household, blocking dedup)",
            ngoCoordinator.PostAsync("/api/v1/campaigns",
                ReliefCalls.DeclareCampaign(CampaignId, PoolId, WindowId, 500_000, Entitlement, 100_000, 200_000, "Blocking", now), null, cancellationToken)).ConfigureAwait(false);
        await _steps.DoAsync("insurer delegate funds 3,000.00", insurerDelegate.PostAsync($"/api/v1/campaigns/{CampaignId}/funding",
            ReliefCalls.Fund(300_000, PoolId + "-FUND-1"), null, cancellationToken)).ConfigureAwait(false);
        await _steps.DoAsync("NGO coordinator funds 1,000.00", ngoCoordinator.PostAsync($"/api/v1/campaigns/{CampaignId}/funding",
            ReliefCalls.Fund(100_000, PoolId + "-FUND-2"), null, cancellationToken)).ConfigureAwait(false);
        await _steps.DoAsync("insurer assessor verifies three households (salted hashes)", insurerAssessor.PostAsync($"/api/v1/campaigns/{CampaignId}/beneficiaries",
            ReliefCalls.Verify(households, "field-visit-" + PoolId), null, cancellationToken)).ConfigureAwait(false);
        var payments = await _steps.DoAsync("NGO coordinator pays two verified households 800.00 each (standard path)",
            ngoCoordinator.PostAsync($"/api/v1/campaigns/{CampaignId}/disbursements", ReliefCalls.Disburse(false,
                (households[0], Paid, PoolId + "-PAY-1"), (households[1], Paid, PoolId + "-PAY-2")), null, cancellationToken)).ConfigureAwait(false);
        await _steps.SayAsync($"  relief payments {string.Join(", ", payments.AsArray().Select(p => p!["paymentId"]))}").ConfigureAwait(false);
        await _steps.RefusedAsync("NGO coordinator pays the first household 300.00 more (beyond its entitlement)",
            ngoCoordinator.PostAsync($"/api/v1/campaigns/{CampaignId}/disbursements", ReliefCalls.Disburse(false,
                (households[0], 30_000, PoolId + "-PAY-3")), null, cancellationToken), "ENTITLEMENT_EXCEEDED").ConfigureAwait(false);

        await _steps.DoAsync($"insurer coordinator declares campaign {SecondCampaignId} in the same window",
            insurerCoordinator.PostAsync("/api/v1/campaigns",
                ReliefCalls.DeclareCampaign(SecondCampaignId, PoolId, WindowId, 200_000, Entitlement, 100_000, 100_000, "Blocking", now), null, cancellationToken)).ConfigureAwait(false);
        await _steps.DoAsync("insurer coordinator funds it 1,000.00", insurerCoordinator.PostAsync($"/api/v1/campaigns/{SecondCampaignId}/funding",
            ReliefCalls.Fund(100_000, PoolId + "-FUND-3"), null, cancellationToken)).ConfigureAwait(false);
        DuplicateRefusal = await _steps.RefusedAsync("insurer coordinator pays a household the NGO already served (fast path)",
            insurerCoordinator.PostAsync($"/api/v1/campaigns/{SecondCampaignId}/disbursements", ReliefCalls.Disburse(true,
                (households[0], 50_000, PoolId + "-PAY-4")), null, cancellationToken), "DUPLICATE_BENEFICIARY").ConfigureAwait(false);

        var auditor = client("RegulatorMSP", "Auditor");
        Report = (await auditor.GetAsync($"/api/v1/campaigns/{CampaignId}", cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        var second = (await auditor.GetAsync($"/api/v1/campaigns/{SecondCampaignId}", cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        await PrintAsync(CampaignId, Report).ConfigureAwait(false);
        await PrintAsync(SecondCampaignId, second).ConfigureAwait(false);
    }

    private Task PrintAsync(string campaignId, JsonNode r) =>
        _steps.SayAsync($"campaign {campaignId} as the regulator reads it: funded {r["funded"]}, disbursed {r["disbursed"]}, balance {r["balance"]}, "
            + $"budget left {r["budgetRemaining"]} {DemoCalls.Currency} (minor units); {r["payments"]} payment(s) to {r["beneficiaries"]} household(s), "
            + $"{r["duplicatesFlagged"]} duplicate(s) flagged");
}
