using System.Text.Json.Nodes;
using MutualAid.Gateway.Demo;
using MutualAid.Gateway.DevClock;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Security;

namespace MutualAid.Gateway.Tests;

/// <summary>
/// The embedded default's shared development clock: moved forward over HTTP, it moves every organization's gateway
/// and the chaincode's clock together, so a notice window passes and a claim is finalized; bad moves are refused.
/// It runs an embedded default of its own, so the time it moves reaches no other test.
/// </summary>
[NonParallelizable]
public sealed class DevelopmentClockTests
{
    private readonly GatewaySettings _settings = new()
    {
        Urls = "http://127.0.0.1:0",
        Embedded = new EmbeddedSettings { FreePeerPorts = true },
        Telemetry = new TelemetrySettings { Console = false },
    };

    private EmbeddedDeployment _deployment = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _settings.DataDirectory = Directory.CreateTempSubdirectory("mutualaid-clock-tests-").FullName;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        _deployment = await EmbeddedDeployment.StartAsync(_settings, _ => { }, timeout.Token);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _deployment.DisposeAsync();
        Directory.Delete(_settings.DataDirectory, recursive: true);
    }

    [Test, CancelAfter(60_000)]
    public async Task Advance_PastTheNoticeWindow_ClaimFinalizedThroughAnotherOrganizationsGateway(CancellationToken cancellationToken)
    {
        var poolId = "clock-" + Guid.NewGuid().ToString("N")[..8];
        var pool = JsonNode.Parse(DemoCalls.CreatePool(poolId))!;
        pool["parameters"]!["noticeWindowDays"] = 3;
        (await Client("InsurerMSP", "Delegate").PostAsync("/api/v1/pools", pool.ToJsonString(), null, cancellationToken)).EnsureSuccess();
        var member = (await Client("NgoMSP", "Caseworker").PostAsync($"/api/v1/pools/{poolId}/members", DemoCalls.Enroll(poolId, DemoCalls.Hash("iban")), null, cancellationToken)).EnsureSuccess()["result"]!;
        await Client("NgoMSP", "Caseworker").PostAsync($"/api/v1/members/{member["memberId"]}/contributions", DemoCalls.Contribution(100_000, poolId + "-IN"), null, cancellationToken);
        var claimId = (await Client("NgoMSP", "Caseworker").PostAsync("/api/v1/claims", DemoCalls.Claim(member["memberId"]!.GetValue<string>(), member["joinDate"]!.GetValue<string>(), 20_000, "sprain"),
            null, cancellationToken)).EnsureSuccess()["result"]!["claimId"]!.GetValue<string>();
        (await Client("InsurerMSP", "Assessor").PostAsync($"/api/v1/claims/{claimId}/review", "{}", null, cancellationToken)).EnsureSuccess();
        var noticed = (await Client("InsurerMSP", "Assessor").PostAsync($"/api/v1/claims/{claimId}/endorsements", DemoCalls.Approve(20_000, claimId), null, cancellationToken)).EnsureSuccess();
        var early = await Client("InsurerMSP", "Coordinator").PostAsync($"/api/v1/claims/{claimId}/finalize", "{}", null, cancellationToken);

        var before = (await Client("RegulatorMSP", "Auditor").GetAsync("/api/v1/dev/clock", cancellationToken)).EnsureSuccess();
        var moved = (await Client("NgoMSP", "Caseworker").PostAsync("/api/v1/dev/clock/advance", """{"by":"P3DT1H"}""", null, cancellationToken)).EnsureSuccess();
        var seenByInsurer = (await Client("InsurerMSP", "Coordinator").GetAsync("/api/v1/dev/clock", cancellationToken)).EnsureSuccess();
        var finalized = await Client("InsurerMSP", "Coordinator").PostAsync($"/api/v1/claims/{claimId}/finalize", "{}", null, cancellationToken);

        var noticeEnds = DateTimeOffset.Parse(noticed["result"]!["noticeEndsAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var approvedAt = DateTimeOffset.Parse(finalized.Result!["approvedAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(early.Code, Is.EqualTo("NOTICE_WINDOW_OPEN"));
            Assert.That(Offset(moved) - Offset(before), Is.EqualTo(TimeSpan.FromHours(73)));
            Assert.That(Offset(seenByInsurer), Is.EqualTo(Offset(moved)), "one clock for every gateway");
            Assert.That(finalized.Status, Is.EqualTo(200), finalized.Body?.ToJsonString());
            Assert.That(finalized.Result!["status"]!.GetValue<string>(), Is.EqualTo("Approved"));
            Assert.That(approvedAt, Is.GreaterThan(noticeEnds), "the chaincode stamped the moved time");
        }
    }

    [TestCase("""{"by":"-P1D"}""")]
    [TestCase("""{"by":"PT0S"}""")]
    [TestCase("""{"by":"P4000D"}""")]
    [TestCase("""{"by":"fourteen days"}""")]
    [TestCase("""{"by":14}""")]
    [TestCase("""[]""")]
    [TestCase("""not json""")]
    [CancelAfter(10_000)]
    public async Task Advance_BadDuration_Returns400AndLeavesTheClock(string body, CancellationToken cancellationToken)
    {
        var before = Offset((await Client("InsurerMSP", "Delegate").GetAsync("/api/v1/dev/clock", cancellationToken)).EnsureSuccess());

        var refused = await Client("InsurerMSP", "Delegate").PostAsync("/api/v1/dev/clock/advance", body, null, cancellationToken);
        var after = Offset((await Client("InsurerMSP", "Delegate").GetAsync("/api/v1/dev/clock", cancellationToken)).EnsureSuccess());

        Assert.That(refused.Status, Is.EqualTo(400));
        Assert.That(refused.Code, Is.EqualTo("INVALID_REQUEST"));
        Assert.That(after, Is.EqualTo(before));
    }

    [Test, CancelAfter(10_000)]
    public async Task Clock_WithoutKey_Returns401(CancellationToken cancellationToken)
    {
        using var response = await GatewayFixture.RawHttp.PostAsync(new Uri(new Uri(_deployment.GatewayOf("InsurerMSP").Url), "/api/v1/dev/clock/advance"),
            new StringContent("""{"by":"P1D"}"""), cancellationToken);

        Assert.That((int)response.StatusCode, Is.EqualTo(401));
    }

    [Test]
    public void Open_OffsetFileFromAnEarlierRun_ResumesAtTheMovedTime()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("mutualaid-clock-").FullName, "dev-clock.json");
        try
        {
            Assert.That(DevelopmentClock.Open(file).TryAdvance(TimeSpan.FromDays(2), out var refusal), Is.True, refusal);

            var reopened = DevelopmentClock.Open(file);

            Assert.That(reopened.Offset, Is.EqualTo(TimeSpan.FromDays(2)));
            Assert.That(reopened.GetUtcNow() - DateTimeOffset.UtcNow, Is.GreaterThan(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1)));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Test]
    public void Open_DamagedOffsetFile_RefusesToGuess()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("mutualaid-clock-").FullName, "dev-clock.json");
        try
        {
            File.WriteAllText(file, """{"offset":"-1.00:00:00"}""");

            Assert.That(() => DevelopmentClock.Open(file), Throws.InstanceOf<InvalidDataException>());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    private ApiClient Client(string mspId, string identity) => new(GatewayFixture.RawHttp, new Uri(_deployment.GatewayOf(mspId).Url),
        CredentialsFile.Read(CredentialsFile.PathFor(_deployment.GatewayDirectory, mspId))!.KeyOf(identity));

    private static TimeSpan Offset(JsonNode reading) => TimeSpan.Parse(reading["offset"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
}
