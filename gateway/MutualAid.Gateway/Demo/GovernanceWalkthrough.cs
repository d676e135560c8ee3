using System.Text.Json.Nodes;

namespace MutualAid.Gateway.Demo;

/// <summary>
/// Governance over HTTP on a pool of the insurer and the NGO. A parameter change (management fee) is submitted and
/// voted by both organizations' delegates, but cannot be tallied: the pool rules require a voting period of at least
/// one day and a timelock of at least one day, and the network's clock cannot be moved, so it stops at the tally and
/// says why. An emergency pause, which the domain tallies as soon as its qualified majority is in and applies without
/// timelock, then goes all the way: submitted, voted, tallied, executed, and the paused pool refuses a payment.
/// </summary>
public sealed class GovernanceWalkthrough(Func<string, string, ApiClient> client, TextWriter output, string poolId, string campaignId)
{
    private readonly DemoSteps _steps = new(output);

    /// <summary>The parameter change, after its votes.</summary>
    public string ChangeProposalId { get; private set; } = string.Empty;

    /// <summary>The pause, after its execution.</summary>
    public JsonNode? Pause { get; private set; }

    /// <summary>The pool at the end.</summary>
    public JsonNode? Pool { get; private set; }

    /// <summary>Runs every step; throws on the first one that does not go as the domain's rules say.</summary>
    /// <exception cref="HttpRequestException">A step was refused, or a refusal did not come.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var insurerDelegate = client("InsurerMSP", "Delegate");
        var ngoDelegate = client("NgoMSP", "Delegate");
        var coordinator = client("NgoMSP", "Coordinator");

        var change = await _steps.DoAsync("insurer delegate proposes a management fee of 1.5 % instead of 1 %",
            insurerDelegate.PostAsync($"/api/v1/pools/{poolId}/proposals", ReliefCalls.ChangeFee(150, "fee-study-" + poolId), null, cancellationToken)).ConfigureAwait(false);
        ChangeProposalId = change["proposalId"]!.GetValue<string>();
        await _steps.DoAsync($"insurer delegate votes For {ChangeProposalId}", insurerDelegate.PostAsync($"/api/v1/proposals/{ChangeProposalId}/votes",
            ReliefCalls.Vote("For", "COSTS-RISE", "insurer-memo-" + poolId), null, cancellationToken)).ConfigureAwait(false);
        await _steps.DoAsync("NGO delegate votes For", ngoDelegate.PostAsync($"/api/v1/proposals/{ChangeProposalId}/votes",
            ReliefCalls.Vote("For", "AGREED-AT-BOARD", "ngo-board-minutes-" + poolId), null, cancellationToken)).ConfigureAwait(false);
        await _steps.RefusedAsync("NGO coordinator tallies", coordinator.PostAsync($"/api/v1/proposals/{ChangeProposalId}/tally", "{}", null, cancellationToken),
            "PROPOSAL_VOTING_OPEN").ConfigureAwait(false);
        await _steps.SayAsync($"  the parameter change stops here: voting stays open until {change["votingEndsAt"]} (proposalVotingDays is at least 1), "
            + $"then a timelock of {change["timelockDays"]} day(s) (at least 1) runs before it can be executed; the network's clock cannot be moved").ConfigureAwait(false);

        var pause = await _steps.DoAsync("insurer delegate proposes an emergency pause",
            insurerDelegate.PostAsync($"/api/v1/pools/{poolId}/proposals", ReliefCalls.Proposal("Pause", "FRAUD-ALERT", "alert-" + poolId), null, cancellationToken)).ConfigureAwait(false);
        var pauseId = pause["proposalId"]!.GetValue<string>();
        await _steps.DoAsync($"insurer delegate votes For {pauseId}", insurerDelegate.PostAsync($"/api/v1/proposals/{pauseId}/votes",
            ReliefCalls.Vote("For", "FRAUD-ALERT", "insurer-alert-" + poolId), null, cancellationToken)).ConfigureAwait(false);
        await _steps.DoAsync("NGO delegate votes For", ngoDelegate.PostAsync($"/api/v1/proposals/{pauseId}/votes",
            ReliefCalls.Vote("For", "FRAUD-ALERT", "ngo-alert-" + poolId), null, cancellationToken)).ConfigureAwait(false);
        var tallied = await _steps.DoAsync("NGO coordinator tallies (a pause is tallied once its qualified majority is in)",
            coordinator.PostAsync($"/api/v1/proposals/{pauseId}/tally", "{}", null, cancellationToken)).ConfigureAwait(false);
        await _steps.SayAsync($"  tally: {tallied["outcome"]}, {tallied["for"]} for, {tallied["against"]} against; executable at {tallied["executableAt"]} (no timelock for a pause)")
            .ConfigureAwait(false);
        Pause = await _steps.DoAsync("NGO coordinator executes the pause", coordinator.PostAsync($"/api/v1/proposals/{pauseId}/execute", "{}", null, cancellationToken))
            .ConfigureAwait(false);
        await _steps.RefusedAsync("NGO coordinator tries another relief payment", coordinator.PostAsync($"/api/v1/campaigns/{campaignId}/disbursements",
            ReliefCalls.Disburse(true, (ReliefCalls.Beneficiary("W-" + poolId, "household-99"), 10_000, poolId + "-PAY-9")), null, cancellationToken), "POOL_PAUSED")
            .ConfigureAwait(false);

        var auditor = client("RegulatorMSP", "Auditor");
        Pool = (await auditor.GetAsync($"/api/v1/pools/{poolId}", cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        var proposal = (await auditor.GetAsync($"/api/v1/proposals/{ChangeProposalId}", cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        await _steps.SayAsync($"pool {poolId}: paused {Pool["paused"]}, management fee {Pool["parameters"]?["managementFeeBps"]} bps; "
            + $"proposal {ChangeProposalId} is {proposal["status"] ?? proposal["proposal"]?["status"]}").ConfigureAwait(false);
    }
}
