using System.Text.Json.Nodes;

namespace MutualAid.Gateway.Demo;

/// <summary>
/// An appeal decided by a jury, over HTTP, with the development clock: three members enrolled through the insurer
/// become eligible jurors after the pool's minimum membership; a claim filed through the NGO is rejected by the
/// insurer's assessor and appealed; the jurors vote; resolving inside the voting period is refused; the clock moves
/// past it and the jury's verdict is applied to the claim. Jurors come from another organization than the
/// claimant's, so the pool lists both organizations as insurers: each may then enrol members whose claims the
/// other decides.
/// </summary>
public sealed class AppealWalkthrough(Func<string, string, ApiClient> client, TextWriter output, DemoClock clock)
{
    /// <summary>The claimed amount, in minor units.</summary>
    public const long Claimed = 50_000;

    /// <summary>The membership a juror needs before the appeal, in days.</summary>
    public const int JurorMinMembershipDays = 30;

    private static readonly string[] Votes = ["Uphold", "Uphold", "Dismiss"];

    private readonly DemoSteps _steps = new(output);

    /// <summary>The pool walked.</summary>
    public string PoolId { get; } = "appeal-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The appealed claim.</summary>
    public string ClaimId { get; private set; } = string.Empty;

    /// <summary>The claim after the verdict.</summary>
    public JsonNode? Claim { get; private set; }

    /// <summary>Runs every step; throws on the first one that does not go as the domain's rules say.</summary>
    /// <exception cref="HttpRequestException">A step was refused, or a refusal did not come.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var insurerCaseworker = client("InsurerMSP", "Caseworker");
        var ngoCaseworker = client("NgoMSP", "Caseworker");
        var assessor = client("InsurerMSP", "Assessor");
        var coordinator = client("InsurerMSP", "Coordinator");

        var pool = JsonNode.Parse(DemoCalls.CreatePool(PoolId))!;
        pool["organizations"]![1]!["kind"] = "Insurer";
        pool["parameters"]!["jurorMinMembershipDays"] = JurorMinMembershipDays;
        await _steps.DoAsync($"insurer delegate creates the pool {PoolId} (both organizations listed as insurers, so either can enrol jurors for the other's claims)",
            client("InsurerMSP", "Delegate").PostAsync("/api/v1/pools", pool.ToJsonString(), null, cancellationToken)).ConfigureAwait(false);
        var jurors = new List<string>();
        for (var i = 1; i <= Votes.Length; i++)
        {
            var juror = await _steps.DoAsync($"insurer caseworker enrols member {i} of the future jury", insurerCaseworker.PostAsync($"/api/v1/pools/{PoolId}/members",
                DemoCalls.Enroll($"{PoolId}-juror-{i}"), null, cancellationToken)).ConfigureAwait(false);
            jurors.Add(juror["memberId"]!.GetValue<string>());
        }

        var claimant = await _steps.DoAsync("NGO caseworker enrols the claimant", ngoCaseworker.PostAsync($"/api/v1/pools/{PoolId}/members",
            DemoCalls.Enroll(PoolId + "-claimant", DemoCalls.Hash("iban-" + PoolId)), null, cancellationToken)).ConfigureAwait(false);
        await _steps.DoAsync("contribution of 1,000.00 EUR", ngoCaseworker.PostAsync($"/api/v1/members/{claimant["memberId"]}/contributions",
            DemoCalls.Contribution(2 * Claimed, PoolId + "-IN-1"), null, cancellationToken)).ConfigureAwait(false);
        await clock.AdvanceAsync(TimeSpan.FromDays(JurorMinMembershipDays) + TimeSpan.FromHours(1), $"the jurors have been members for {JurorMinMembershipDays} days", cancellationToken)
            .ConfigureAwait(false);

        var claim = await _steps.DoAsync("NGO caseworker files a claim of 500.00 EUR", ngoCaseworker.PostAsync("/api/v1/claims",
            DemoCalls.Claim(claimant["memberId"]!.GetValue<string>(), await clock.TodayAsync(cancellationToken).ConfigureAwait(false), Claimed, "fracture of the wrist; confidential"),
            null, cancellationToken)).ConfigureAwait(false);
        ClaimId = claim["claimId"]!.GetValue<string>();
        await _steps.DoAsync("insurer assessor starts the review", assessor.PostAsync($"/api/v1/claims/{ClaimId}/review", "{}", null, cancellationToken)).ConfigureAwait(false);
        await _steps.DoAsync("insurer assessor rejects", assessor.PostAsync($"/api/v1/claims/{ClaimId}/endorsements", new JsonObject
        {
            ["decision"] = "Reject", ["reasonCode"] = "NOT-COVERED", ["evidenceRef"] = DemoCalls.Hash("assessment-" + ClaimId),
        }.ToJsonString(), null, cancellationToken)).ConfigureAwait(false);
        await _steps.DoAsync("NGO caseworker appeals for the claimant", ngoCaseworker.PostAsync($"/api/v1/claims/{ClaimId}/appeal", new JsonObject
        {
            ["reasonCode"] = "NEW-EVIDENCE", ["evidenceRef"] = DemoCalls.Hash("statement-" + ClaimId),
        }.ToJsonString(), null, cancellationToken)).ConfigureAwait(false);
        for (var i = 0; i < Votes.Length; i++)
        {
            await _steps.DoAsync($"juror {i + 1} votes {Votes[i]} (through the insurer's caseworker)", insurerCaseworker.PostAsync($"/api/v1/claims/{ClaimId}/appeal/ballots", new JsonObject
            {
                ["jurorMemberId"] = jurors[i], ["vote"] = Votes[i], ["reasonCode"] = "READ-THE-FILE", ["evidenceRef"] = DemoCalls.Hash("ballot-" + jurors[i]),
            }.ToJsonString(), null, cancellationToken)).ConfigureAwait(false);
        }

        await _steps.RefusedAsync("insurer coordinator resolves the appeal", coordinator.PostAsync($"/api/v1/claims/{ClaimId}/appeal/resolve", "{}", null, cancellationToken),
            "APPEAL_VOTING_OPEN").ConfigureAwait(false);
        var auditor = client("RegulatorMSP", "Auditor");
        var appeal = (await auditor.GetAsync($"/api/v1/claims/{ClaimId}/appeal", cancellationToken).ConfigureAwait(false)).EnsureSuccess()["appeal"]!;
        var votingEnds = DateTimeOffset.Parse(appeal["votingEndsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        await clock.AdvanceAsync(votingEnds - await clock.NowAsync(cancellationToken).ConfigureAwait(false) + TimeSpan.FromHours(1), "past the end of the jury's voting period",
            cancellationToken).ConfigureAwait(false);
        Claim = await _steps.DoAsync("insurer coordinator resolves the appeal", coordinator.PostAsync($"/api/v1/claims/{ClaimId}/appeal/resolve", "{}", null, cancellationToken))
            .ConfigureAwait(false);
        var tally = (await auditor.GetAsync($"/api/v1/claims/{ClaimId}/appeal", cancellationToken).ConfigureAwait(false)).EnsureSuccess()["tally"]!;
        await _steps.SayAsync($"verdict on claim {ClaimId}: {tally["outcome"]} ({tally["uphold"]} uphold, {tally["dismiss"]} dismiss); the claim is {Claim["status"]}, "
            + $"approved amount {Claim["approvedAmount"]?["amount"]} {DemoCalls.Currency} (minor units)").ConfigureAwait(false);
    }
}
