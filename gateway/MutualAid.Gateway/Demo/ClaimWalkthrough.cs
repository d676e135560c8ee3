using System.Text.Json.Nodes;

namespace MutualAid.Gateway.Demo;

/// <summary>
/// A claim walked over the HTTP API, each step by the organization and role the chaincode requires, through that
/// organization's own gateway: pool creation (insurer delegate), enrolment and contributions (NGO caseworker), filing
/// with private details (NGO caseworker), review and endorsement (insurer assessor; both organizations' peers endorse
/// every transaction), finalization after the notice window and payout (insurer coordinator), then the balances.
/// With the development clock the pool has a 14-day notice window: finalizing inside it is refused, the clock moves
/// past it, and the claim is finalized; without, the pool has none and the claim is finalized at once.
/// </summary>
/// <param name="client">The client of an organization's gateway with one of its identities (e.g. NgoMSP, Caseworker).</param>
/// <param name="output">Where each step is printed.</param>
/// <param name="clock">The development clock, or null to walk without moving time.</param>
public sealed class ClaimWalkthrough(Func<string, string, ApiClient> client, TextWriter output, DemoClock? clock = null)
{
    /// <summary>The notice window of the pool walked with the development clock.</summary>
    public const int NoticeWindowDays = 14;

    private readonly DemoSteps _steps = new(output);

    /// <summary>The claimed (and paid) amount in minor units.</summary>
    public const long Claimed = 150_000;

    /// <summary>The pool walked.</summary>
    public string PoolId { get; } = "demo-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The claim filed.</summary>
    public string ClaimId { get; private set; } = string.Empty;

    /// <summary>The member who claimed.</summary>
    public string MemberId { get; private set; } = string.Empty;

    /// <summary>The hash of the member's payout destination.</summary>
    public string DestinationHash { get; } = DemoCalls.Hash("iban-of-the-member");

    /// <summary>The pool statement at the end.</summary>
    public JsonNode? FinalStatement { get; private set; }

    /// <summary>Runs every step; throws on the first failed one.</summary>
    /// <exception cref="HttpRequestException">A step was refused.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var delegateOfInsurer = client("InsurerMSP", "Delegate");
        var caseworker = client("NgoMSP", "Caseworker");
        var assessor = client("InsurerMSP", "Assessor");
        var coordinator = client("InsurerMSP", "Coordinator");
        var destination = DestinationHash;

        await _steps.DoAsync("insurer delegate creates the pool " + PoolId, delegateOfInsurer.PostAsync("/api/v1/pools", DemoCalls.CreatePool(PoolId, clock is null ? 0 : NoticeWindowDays), null, cancellationToken));
        var member = await _steps.DoAsync("NGO caseworker enrols a member", caseworker.PostAsync($"/api/v1/pools/{PoolId}/members", DemoCalls.Enroll(PoolId + "-a", destination), null, cancellationToken));
        MemberId = member["memberId"]!.GetValue<string>();
        var second = await _steps.DoAsync("NGO caseworker enrols a second member", caseworker.PostAsync($"/api/v1/pools/{PoolId}/members", DemoCalls.Enroll(PoolId + "-b"), null, cancellationToken));
        await _steps.DoAsync("contribution of 1,200.00 EUR", caseworker.PostAsync($"/api/v1/members/{MemberId}/contributions", DemoCalls.Contribution(120_000, PoolId + "-IN-1"), null, cancellationToken));
        await _steps.DoAsync("contribution of 1,800.00 EUR", caseworker.PostAsync($"/api/v1/members/{second["memberId"]}/contributions", DemoCalls.Contribution(180_000, PoolId + "-IN-2"), null, cancellationToken));
        var claim = await _steps.DoAsync("NGO caseworker files a claim of 1,500.00 EUR (details as private data)", caseworker.PostAsync("/api/v1/claims",
            DemoCalls.Claim(MemberId, member["joinDate"]!.GetValue<string>(), Claimed, "diagnosis: appendicitis; confidential"), null, cancellationToken));
        ClaimId = claim["claimId"]!.GetValue<string>();
        await _steps.DoAsync("insurer assessor starts the review", assessor.PostAsync($"/api/v1/claims/{ClaimId}/review", "{}", null, cancellationToken));
        await _steps.DoAsync("insurer assessor approves (endorsed by the insurer's and the NGO's peers)",
            assessor.PostAsync($"/api/v1/claims/{ClaimId}/endorsements", DemoCalls.Approve(Claimed, ClaimId), null, cancellationToken));
        if (clock is not null)
        {
            await _steps.RefusedAsync("insurer coordinator tries to finalize inside the notice window",
                coordinator.PostAsync($"/api/v1/claims/{ClaimId}/finalize", "{}", null, cancellationToken), "NOTICE_WINDOW_OPEN").ConfigureAwait(false);
            await clock.AdvanceAsync(TimeSpan.FromDays(NoticeWindowDays) + TimeSpan.FromHours(1), $"past the {NoticeWindowDays}-day notice window", cancellationToken).ConfigureAwait(false);
        }

        await _steps.DoAsync("insurer coordinator finalizes after the notice window", coordinator.PostAsync($"/api/v1/claims/{ClaimId}/finalize", "{}", null, cancellationToken));
        await _steps.DoAsync("insurer coordinator records the payout", coordinator.PostAsync($"/api/v1/claims/{ClaimId}/payouts",
            DemoCalls.Payout(Claimed, PoolId + "-OUT-1", destination), null, cancellationToken));

        var status = (await assessor.GetAsync($"/api/v1/claims/{ClaimId}", cancellationToken).ConfigureAwait(false)).EnsureSuccess()["status"];
        FinalStatement = (await client("RegulatorMSP", "Auditor").GetAsync($"/api/v1/pools/{PoolId}/statement", cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        var s = FinalStatement;
        await output.WriteLineAsync($"claim {ClaimId} is {status}").ConfigureAwait(false);
        await output.WriteLineAsync($"pool {PoolId} as the regulator reads it: contributions {s["contributions"]}, payouts {s["payouts"]}, fees {s["fees"]}, "
            + $"balance {s["balance"]} {s["currency"]} (minor units), {s["entryCount"]} entries").ConfigureAwait(false);
    }

}
