using System.Text.Json.Nodes;

namespace MutualAid.Gateway.Demo;

/// <summary>
/// Governance over HTTP on a pool of the insurer and the NGO. A parameter change (management fee) is submitted and
/// voted by both organizations' delegates; a tally inside the voting period is refused. With the development clock,
/// the clock moves past the voting period, the change is tallied, its execution inside the timelock is refused, the
/// clock moves past the timelock, it is executed, and the next claim paid from the pool is charged the new fee.
/// Without, it stops at the tally and says why. An emergency pause, which the domain tallies as soon as its qualified
/// majority is in and applies without timelock, then goes all the way: submitted, voted, tallied, executed, and the
/// paused pool refuses a payment.
/// </summary>
public sealed class GovernanceWalkthrough(
    Func<string, string, ApiClient> client, TextWriter output, string poolId, string campaignId, DemoClock? clock = null)
{
    /// <summary>The management fee the change proposes, in basis points (the pool starts at 100).</summary>
    public const int NewFeeBps = 150;

    /// <summary>The claim paid after the change, in minor units.</summary>
    public const long NextClaim = 100_000;

    private readonly DemoSteps _steps = new(output);

    /// <summary>The parameter change, after its votes.</summary>
    public string ChangeProposalId { get; private set; } = string.Empty;

    /// <summary>The pause, after its execution.</summary>
    public JsonNode? Pause { get; private set; }

    /// <summary>The fee charged on the claim paid after the change, in minor units; null without the development clock.</summary>
    public long? NextClaimFee { get; private set; }

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
            insurerDelegate.PostAsync($"/api/v1/pools/{poolId}/proposals", ReliefCalls.ChangeFee(NewFeeBps, "fee-study-" + poolId), null, cancellationToken)).ConfigureAwait(false);
        ChangeProposalId = change["proposalId"]!.GetValue<string>();
        await _steps.DoAsync($"insurer delegate votes For {ChangeProposalId}", insurerDelegate.PostAsync($"/api/v1/proposals/{ChangeProposalId}/votes",
            ReliefCalls.Vote("For", "COSTS-RISE", "insurer-memo-" + poolId), null, cancellationToken)).ConfigureAwait(false);
        await _steps.DoAsync("NGO delegate votes For", ngoDelegate.PostAsync($"/api/v1/proposals/{ChangeProposalId}/votes",
            ReliefCalls.Vote("For", "AGREED-AT-BOARD", "ngo-board-minutes-" + poolId), null, cancellationToken)).ConfigureAwait(false);
        await _steps.RefusedAsync("NGO coordinator tallies", coordinator.PostAsync($"/api/v1/proposals/{ChangeProposalId}/tally", "{}", null, cancellationToken),
            "PROPOSAL_VOTING_OPEN").ConfigureAwait(false);
        if (clock is null)
        {
            await _steps.SayAsync($"  the parameter change stops here: voting stays open until {change["votingEndsAt"]} (proposalVotingDays is at least 1), "
                + $"then a timelock of {change["timelockDays"]} day(s) (at least 1) runs before it can be executed").ConfigureAwait(false);
        }
        else
        {
            await EnactAsync(change, coordinator, cancellationToken).ConfigureAwait(false);
        }

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

    private async Task EnactAsync(JsonNode change, ApiClient coordinator, CancellationToken cancellationToken)
    {
        var votingEnds = DateTimeOffset.Parse(change["votingEndsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        await clock!.AdvanceAsync(votingEnds - await clock.NowAsync(cancellationToken).ConfigureAwait(false) + TimeSpan.FromHours(1),
            "past the end of the voting period", cancellationToken).ConfigureAwait(false);
        var tallied = await _steps.DoAsync("NGO coordinator tallies", coordinator.PostAsync($"/api/v1/proposals/{ChangeProposalId}/tally", "{}", null, cancellationToken))
            .ConfigureAwait(false);
        await _steps.SayAsync($"  tally: {tallied["outcome"]}, {tallied["for"]} for, {tallied["against"]} against; executable at {tallied["executableAt"]}").ConfigureAwait(false);
        await _steps.RefusedAsync("NGO coordinator executes inside the timelock", coordinator.PostAsync($"/api/v1/proposals/{ChangeProposalId}/execute", "{}", null, cancellationToken),
            "TIMELOCK_NOT_ELAPSED").ConfigureAwait(false);
        var executable = DateTimeOffset.Parse(tallied["executableAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        await clock.AdvanceAsync(executable - await clock.NowAsync(cancellationToken).ConfigureAwait(false) + TimeSpan.FromHours(1),
            "past the timelock", cancellationToken).ConfigureAwait(false);
        await _steps.DoAsync("NGO coordinator executes the change", coordinator.PostAsync($"/api/v1/proposals/{ChangeProposalId}/execute", "{}", null, cancellationToken))
            .ConfigureAwait(false);
        NextClaimFee = await PayNextClaimAsync(cancellationToken).ConfigureAwait(false);
        await _steps.SayAsync($"  the next claim's payout of {NextClaim} was charged a fee of {NextClaimFee} ({NewFeeBps} bps, the new fee) (minor units)").ConfigureAwait(false);
    }

    /// <summary>A claim filed and paid after the change; returns the fee its payout was charged (the pool's fees before and after).</summary>
    private async Task<long> PayNextClaimAsync(CancellationToken cancellationToken)
    {
        var caseworker = client("NgoMSP", "Caseworker");
        var assessor = client("InsurerMSP", "Assessor");
        var insurerCoordinator = client("InsurerMSP", "Coordinator");
        var auditor = client("RegulatorMSP", "Auditor");
        var destination = DemoCalls.Hash("iban-next-" + poolId);
        var member = await _steps.DoAsync("NGO caseworker enrols a member", caseworker.PostAsync($"/api/v1/pools/{poolId}/members",
            DemoCalls.Enroll(poolId + "-next", destination), null, cancellationToken)).ConfigureAwait(false);
        var memberId = member["memberId"]!.GetValue<string>();
        await _steps.DoAsync("contribution of 2,000.00 EUR", caseworker.PostAsync($"/api/v1/members/{memberId}/contributions",
            DemoCalls.Contribution(2 * NextClaim, poolId + "-IN-NEXT"), null, cancellationToken)).ConfigureAwait(false);
        var claim = await _steps.DoAsync("NGO caseworker files a claim of 1,000.00 EUR", caseworker.PostAsync("/api/v1/claims",
            DemoCalls.Claim(memberId, member["joinDate"]!.GetValue<string>(), NextClaim, "storm damage to the home; confidential"), null, cancellationToken)).ConfigureAwait(false);
        var claimId = claim["claimId"]!.GetValue<string>();
        await _steps.DoAsync("insurer assessor starts the review", assessor.PostAsync($"/api/v1/claims/{claimId}/review", "{}", null, cancellationToken)).ConfigureAwait(false);
        await _steps.DoAsync("insurer assessor approves", assessor.PostAsync($"/api/v1/claims/{claimId}/endorsements", DemoCalls.Approve(NextClaim, claimId), null, cancellationToken))
            .ConfigureAwait(false);
        await _steps.DoAsync("insurer coordinator finalizes", insurerCoordinator.PostAsync($"/api/v1/claims/{claimId}/finalize", "{}", null, cancellationToken)).ConfigureAwait(false);
        var before = (await auditor.GetAsync($"/api/v1/pools/{poolId}/statement", cancellationToken).ConfigureAwait(false)).EnsureSuccess()["fees"]!.GetValue<long>();
        await _steps.DoAsync("insurer coordinator records the payout", insurerCoordinator.PostAsync($"/api/v1/claims/{claimId}/payouts",
            DemoCalls.Payout(NextClaim, poolId + "-OUT-NEXT", destination), null, cancellationToken)).ConfigureAwait(false);
        var after = (await auditor.GetAsync($"/api/v1/pools/{poolId}/statement", cancellationToken).ConfigureAwait(false)).EnsureSuccess()["fees"]!.GetValue<long>();
        return after - before;
    }
}
