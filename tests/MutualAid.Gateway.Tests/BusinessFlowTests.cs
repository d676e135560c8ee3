using System.Text.Json.Nodes;
using MutualAid.Gateway.Demo;

namespace MutualAid.Gateway.Tests;

/// <summary>
/// Part-2 flows over HTTP, as the domain's rules state them: an appeal with jury ballots (quorum, tie, majority),
/// governance proposals through the tally (a parameter change held by its voting period, an emergency pause tallied
/// and executed at once), and relief campaigns with duplicate beneficiaries refused (blocking) or flagged (advisory).
/// </summary>
public sealed class BusinessFlowTests
{
    private static ApiClient Insurer(string identity) => GatewayFixture.Client("InsurerMSP", identity);

    private static ApiClient Ngo(string identity) => GatewayFixture.Client("NgoMSP", identity);

    private static ApiClient Regulator => GatewayFixture.Client("RegulatorMSP", "Auditor");

    [Test, CancelAfter(60_000)]
    public async Task Appeal_JuryBallots_TallyFollowsQuorumTieAndMajorityAndResolutionWaitsForTheDeadline(CancellationToken cancellationToken)
    {
        var poolId = "appeal-" + Guid.NewGuid().ToString("N")[..8];
        var pool = JsonNode.Parse(DemoCalls.CreatePool(poolId))!;
        pool["parameters"]!["jurorMinMembershipDays"] = 0;
        pool["parameters"]!["juryQuorum"] = 2;
        pool["organizations"]![1]!["kind"] = "Insurer"; // two insurers: members of either organization can claim, so either can sit on the other's jury
        (await Insurer("Delegate").PostAsync("/api/v1/pools", pool.ToJsonString(), null, cancellationToken)).EnsureSuccess();
        var claimant = (await Ngo("Caseworker").PostAsync($"/api/v1/pools/{poolId}/members", DemoCalls.Enroll(poolId + "-c", DemoCalls.Hash("iban-c")), null, cancellationToken)).EnsureSuccess()["result"]!;
        var ngoMember = await EnrollAsync(Ngo("Caseworker"), poolId, "n", cancellationToken);
        var jurors = new[] { await EnrollAsync(Insurer("Caseworker"), poolId, "j1", cancellationToken), await EnrollAsync(Insurer("Caseworker"), poolId, "j2", cancellationToken),
            await EnrollAsync(Insurer("Caseworker"), poolId, "j3", cancellationToken) };
        var claimId = (await Ngo("Caseworker").PostAsync("/api/v1/claims", DemoCalls.Claim(claimant["memberId"]!.GetValue<string>(), claimant["joinDate"]!.GetValue<string>(), 50_000, "fracture"),
            null, cancellationToken)).EnsureSuccess()["result"]!["claimId"]!.GetValue<string>();
        (await Insurer("Assessor").PostAsync($"/api/v1/claims/{claimId}/review", "{}", null, cancellationToken)).EnsureSuccess();
        var reject = new JsonObject { ["decision"] = "Reject", ["reasonCode"] = "NOT-COVERED", ["evidenceRef"] = DemoCalls.Hash("assessment-" + claimId) }.ToJsonString();
        var rejected = (await Insurer("Assessor").PostAsync($"/api/v1/claims/{claimId}/endorsements", reject, null, cancellationToken)).EnsureSuccess();
        var appealBody = new JsonObject { ["reasonCode"] = "NEW-EVIDENCE", ["evidenceRef"] = DemoCalls.Hash("statement-" + claimId) }.ToJsonString();

        var appealed = await Ngo("Caseworker").PostAsync($"/api/v1/claims/{claimId}/appeal", appealBody, null, cancellationToken);
        var second = await Ngo("Caseworker").PostAsync($"/api/v1/claims/{claimId}/appeal", appealBody, null, cancellationToken);
        var empty = await TallyOfAppealAsync(claimId, cancellationToken);
        var uphold1 = await Insurer("Caseworker").PostAsync($"/api/v1/claims/{claimId}/appeal/ballots", Ballot(jurors[0], "Uphold"), null, cancellationToken);
        var dismiss2 = await Insurer("Caseworker").PostAsync($"/api/v1/claims/{claimId}/appeal/ballots", Ballot(jurors[1], "Dismiss"), null, cancellationToken);
        var tied = await TallyOfAppealAsync(claimId, cancellationToken);
        var again = await Insurer("Caseworker").PostAsync($"/api/v1/claims/{claimId}/appeal/ballots", Ballot(jurors[0], "Dismiss"), null, cancellationToken);
        var conflicted = await Ngo("Caseworker").PostAsync($"/api/v1/claims/{claimId}/appeal/ballots", Ballot(ngoMember, "Uphold"), null, cancellationToken);
        var uphold3 = await Insurer("Caseworker").PostAsync($"/api/v1/claims/{claimId}/appeal/ballots", Ballot(jurors[2], "Uphold"), null, cancellationToken);
        var upheld = await TallyOfAppealAsync(claimId, cancellationToken);
        var resolve = await Insurer("Coordinator").PostAsync($"/api/v1/claims/{claimId}/appeal/resolve", "{}", null, cancellationToken);
        var claim = (await Regulator.GetAsync($"/api/v1/claims/{claimId}", cancellationToken)).EnsureSuccess();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rejected["result"]!["status"]!.GetValue<string>(), Is.EqualTo("Rejected"));
            Assert.That(appealed.Status, Is.EqualTo(201));
            Assert.That(second.Code, Is.EqualTo("APPEAL_ALREADY_FILED"));
            Assert.That(empty, Is.EqualTo("APPEAL_QUORUM_MISSED"), "no ballots: short of the quorum of 2");
            Assert.That(new[] { uphold1.Status, dismiss2.Status, uphold3.Status }, Is.All.EqualTo(201));
            Assert.That(tied, Is.EqualTo("APPEAL_TIED"), "1-1 at the quorum: a tie leaves the rejection standing");
            Assert.That(again.Code, Is.EqualTo("ALREADY_VOTED"));
            Assert.That(conflicted.Code, Is.EqualTo("CONFLICT_OF_INTEREST"), "members of the claimant's organization cannot sit on the jury");
            Assert.That(upheld, Is.EqualTo("APPEAL_UPHELD"), "2 of 3 exceeds the 50 % threshold");
            Assert.That(resolve.Code, Is.EqualTo("APPEAL_VOTING_OPEN"), "resolution only after the voting deadline (appealVotingDays >= 1)");
            Assert.That(claim["status"]!.GetValue<string>(), Is.EqualTo("Appealed"));
        }
    }

    [Test, CancelAfter(60_000)]
    public async Task Governance_ParameterChangeWaitsForItsDeadline_PauseTalliedOnQualifiedMajorityAndExecuted(CancellationToken cancellationToken)
    {
        var testPool = await Support.TestPool.CreateAsync(cancellationToken);
        var poolId = testPool.PoolId;
        var change = (await Insurer("Delegate").PostAsync($"/api/v1/pools/{poolId}/proposals", ReliefCalls.ChangeFee(150, "study"), null, cancellationToken)).EnsureSuccess()["result"]!;
        var changeId = change["proposalId"]!.GetValue<string>();
        var insurerVote = await Insurer("Delegate").PostAsync($"/api/v1/proposals/{changeId}/votes", ReliefCalls.Vote("For", "AGREE", "memo"), null, cancellationToken);
        var twice = await Insurer("Delegate").PostAsync($"/api/v1/proposals/{changeId}/votes", ReliefCalls.Vote("Against", "CHANGED", "memo-2"), null, cancellationToken);
        var regulatorVote = await Regulator.PostAsync($"/api/v1/proposals/{changeId}/votes", ReliefCalls.Vote("For", "AGREE", "memo-3"), null, cancellationToken);
        var ngoVote = await Ngo("Delegate").PostAsync($"/api/v1/proposals/{changeId}/votes", ReliefCalls.Vote("Against", "TOO-HIGH", "board"), null, cancellationToken);
        var earlyTally = await Ngo("Coordinator").PostAsync($"/api/v1/proposals/{changeId}/tally", "{}", null, cancellationToken);
        var view = (await Regulator.GetAsync($"/api/v1/proposals/{changeId}", cancellationToken)).EnsureSuccess();

        var pauseId = (await Ngo("Delegate").PostAsync($"/api/v1/pools/{poolId}/proposals", ReliefCalls.Proposal("Pause", "FRAUD-ALERT", "alert"), null, cancellationToken))
            .EnsureSuccess()["result"]!["proposalId"]!.GetValue<string>();
        (await Ngo("Delegate").PostAsync($"/api/v1/proposals/{pauseId}/votes", ReliefCalls.Vote("For", "FRAUD-ALERT", "a"), null, cancellationToken)).EnsureSuccess();
        var oneOfTwo = await Insurer("Coordinator").PostAsync($"/api/v1/proposals/{pauseId}/tally", "{}", null, cancellationToken);
        var executeEarly = await Insurer("Coordinator").PostAsync($"/api/v1/proposals/{pauseId}/execute", "{}", null, cancellationToken);
        (await Insurer("Delegate").PostAsync($"/api/v1/proposals/{pauseId}/votes", ReliefCalls.Vote("For", "FRAUD-ALERT", "b"), null, cancellationToken)).EnsureSuccess();
        var tallied = (await Insurer("Coordinator").PostAsync($"/api/v1/proposals/{pauseId}/tally", "{}", null, cancellationToken)).EnsureSuccess()["result"]!;
        var executed = (await Insurer("Coordinator").PostAsync($"/api/v1/proposals/{pauseId}/execute", "{}", null, cancellationToken)).EnsureSuccess()["result"]!;
        var pool = (await Regulator.GetAsync($"/api/v1/pools/{poolId}", cancellationToken)).EnsureSuccess();
        var claimWhilePaused = await Ngo("Caseworker").PostAsync("/api/v1/claims", DemoCalls.Claim(testPool.MemberId, testPool.JoinDate, 10_000, "sprain"), null, cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(change["status"]!.GetValue<string>(), Is.EqualTo("Open"));
            Assert.That(change["electorate"]!.AsArray().Select(e => e!.GetValue<string>()), Is.EqualTo(new[] { "InsurerMSP", "NgoMSP" }));
            Assert.That(insurerVote.Status, Is.EqualTo(201));
            Assert.That(twice.Code, Is.EqualTo("ALREADY_VOTED"));
            Assert.That(regulatorVote.Code, Is.EqualTo("REGULATOR_READ_ONLY"));
            Assert.That(ngoVote.Status, Is.EqualTo(201));
            Assert.That(earlyTally.Code, Is.EqualTo("PROPOSAL_VOTING_OPEN"), "a parameter change is tallied after proposalVotingDays (at least 1)");
            Assert.That(view["votes"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(view["tally"]!["outcome"]!.GetValue<string>(), Is.EqualTo("MAJORITY_NOT_REACHED"), "1 for, 1 against: not above 50 %");
            Assert.That(oneOfTwo.Code, Is.EqualTo("PROPOSAL_VOTING_OPEN"), "one of two is short of the qualified majority: no early tally");
            Assert.That(executeEarly.Code, Is.EqualTo("PROPOSAL_NOT_PASSED"));
            Assert.That(tallied["status"]!.GetValue<string>(), Is.EqualTo("Passed"));
            Assert.That(tallied["executableAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(tallied["talliedAt"]!.GetValue<DateTimeOffset>()), "no timelock for a pause");
            Assert.That(executed["status"]!.GetValue<string>(), Is.EqualTo("Executed"));
            Assert.That(pool["paused"]!.GetValue<bool>(), Is.True);
            Assert.That(claimWhilePaused.Code, Is.EqualTo("POOL_PAUSED"));
        }
    }

    [Test, CancelAfter(60_000)]
    public async Task Relief_BlockingCampaign_PaysVerifiedHouseholdsAndRefusesADuplicateFromAnotherOrganization(CancellationToken cancellationToken)
    {
        var walk = new ReliefWalkthrough(GatewayFixture.Client, TextWriter.Null);

        await walk.RunAsync(cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(walk.Report!["funded"]!.GetValue<long>(), Is.EqualTo(400_000));
            Assert.That(walk.Report["disbursed"]!.GetValue<long>(), Is.EqualTo(2 * ReliefWalkthrough.Paid));
            Assert.That(walk.Report["balance"]!.GetValue<long>(), Is.EqualTo(400_000 - (2 * ReliefWalkthrough.Paid)));
            Assert.That(walk.Report["beneficiaries"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(walk.DuplicateRefusal!.Status, Is.EqualTo(409));
            Assert.That(walk.DuplicateRefusal.Code, Is.EqualTo("DUPLICATE_BENEFICIARY"));
        }
    }

    [Test, CancelAfter(60_000)]
    public async Task Relief_AdvisoryCampaigns_PayTheDuplicateAndFlagIt(CancellationToken cancellationToken)
    {
        var poolId = "advisory-" + Guid.NewGuid().ToString("N")[..8];
        var window = "W-" + poolId;
        var household = ReliefCalls.Beneficiary(window, "household-5");
        (await Insurer("Delegate").PostAsync("/api/v1/pools", ReliefCalls.CreateReliefPool(poolId), null, cancellationToken)).EnsureSuccess();
        foreach (var (org, campaign) in new[] { ("NgoMSP", poolId + "-a"), ("InsurerMSP", poolId + "-b") })
        {
            var coordinator = GatewayFixture.Client(org, "Coordinator");
            (await coordinator.PostAsync("/api/v1/campaigns", ReliefCalls.DeclareCampaign(campaign, poolId, window, 100_000, 50_000, 50_000, 50_000, "Advisory"), null, cancellationToken))
                .EnsureSuccess();
            (await coordinator.PostAsync($"/api/v1/campaigns/{campaign}/funding", ReliefCalls.Fund(100_000, campaign + "-F"), null, cancellationToken)).EnsureSuccess();
        }

        var unverified = await Ngo("Coordinator").PostAsync($"/api/v1/campaigns/{poolId}-a/disbursements",
            ReliefCalls.Disburse(false, (household, 20_000, poolId + "-P0")), null, cancellationToken);
        var first = (await Ngo("Coordinator").PostAsync($"/api/v1/campaigns/{poolId}-a/disbursements",
            ReliefCalls.Disburse(true, (household, 20_000, poolId + "-P1")), null, cancellationToken)).EnsureSuccess()["result"]!;
        var duplicate = (await Insurer("Coordinator").PostAsync($"/api/v1/campaigns/{poolId}-b/disbursements",
            ReliefCalls.Disburse(true, (household, 20_000, poolId + "-P2")), null, cancellationToken)).EnsureSuccess()["result"]!;
        var reused = await Insurer("Coordinator").PostAsync($"/api/v1/campaigns/{poolId}-b/disbursements",
            ReliefCalls.Disburse(true, (ReliefCalls.Beneficiary(window, "household-6"), 1_000, poolId + "-P2")), null, cancellationToken);
        var report = (await Regulator.GetAsync($"/api/v1/campaigns/{poolId}-b", cancellationToken)).EnsureSuccess();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unverified.Code, Is.EqualTo("BENEFICIARY_NOT_VERIFIED"), "the standard path pays only households another organization verified");
            Assert.That(first[0]!["duplicate"]!.GetValue<bool>(), Is.False);
            Assert.That(duplicate[0]!["duplicate"]!.GetValue<bool>(), Is.True, "advisory mode pays and flags");
            Assert.That(reused.Code, Is.EqualTo("DUPLICATE_PAYMENT_REFERENCE"));
            Assert.That(report["duplicatesFlagged"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(report["reviewsPending"]!.GetValue<int>(), Is.EqualTo(1), "a fast-path payment waits for review");
        }
    }

    private static async Task<string> EnrollAsync(ApiClient caseworker, string poolId, string seed, CancellationToken cancellationToken) =>
        (await caseworker.PostAsync($"/api/v1/pools/{poolId}/members", DemoCalls.Enroll(poolId + "-" + seed), null, cancellationToken))
            .EnsureSuccess()["result"]!["memberId"]!.GetValue<string>();

    private static string Ballot(string jurorMemberId, string vote) => new JsonObject
    {
        ["jurorMemberId"] = jurorMemberId, ["vote"] = vote, ["reasonCode"] = "READ-THE-FILE", ["evidenceRef"] = DemoCalls.Hash("ballot-" + jurorMemberId),
    }.ToJsonString();

    private static async Task<string> TallyOfAppealAsync(string claimId, CancellationToken cancellationToken) =>
        (await Regulator.GetAsync($"/api/v1/claims/{claimId}/appeal", cancellationToken)).EnsureSuccess()["tally"]!["outcome"]!.GetValue<string>();
}
