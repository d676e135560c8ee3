using MutualAid.Gateway.Demo;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Security;
using MutualAid.Gateway.Tests.Support;

namespace MutualAid.Gateway.Tests;

/// <summary>
/// A write whose answer the gateway lost (here: a second gateway of the organization over the same wallet and keys but
/// without the first one's idempotency records) is retried with the same Idempotency-Key: the chaincode recognizes the
/// request id derived from it, answers with the first result, and the business effect happens once.
/// </summary>
public sealed class LostOutcomeTests
{
    private const string Msp = "NgoMSP";

    /// <summary>Starts a gateway of <see cref="Msp"/> on a free port with a new, empty state directory (no idempotency records).</summary>
    private static async Task<(GatewayApp App, ApiClient Caseworker)> GatewayWithoutRecordsAsync(CancellationToken cancellationToken)
    {
        var deployment = GatewayFixture.Deployment;
        var peer = deployment.Network.Network.Peers.First(p => p.MspId == Msp);
        var state = Path.Combine(GatewayFixture.Settings.DataDirectory, "lost-records-" + Guid.NewGuid().ToString("N"));
        var endpoint = new OrganizationEndpoint(Msp, "http://127.0.0.1:0", "http://" + peer.Address, null, null,
            Path.Combine(deployment.GatewayDirectory, Msp, "wallet"), Path.Combine(deployment.GatewayDirectory, ApiKeyProvisioner.KeyFileName), state);
        var app = await GatewayApp.StartAsync(endpoint, GatewayFixture.Settings, _ => { }, cancellationToken);
        return (app, new ApiClient(GatewayFixture.RawHttp, new Uri(app.Url), GatewayFixture.KeyOf(Msp, "Caseworker")));
    }

    [Test, CancelAfter(60_000)]
    public async Task Contribution_RetriedAfterTheGatewayLostItsRecord_ReturnsFirstResultAndContributesOnce(CancellationToken cancellationToken)
    {
        var pool = await TestPool.CreateAsync(cancellationToken);
        var path = $"/api/v1/members/{pool.MemberId}/contributions";
        var body = DemoCalls.Contribution(6_000, "LOST-" + pool.PoolId);
        var first = await GatewayFixture.Client(Msp, "Caseworker").PostAsync(path, body, "key-lost-contribution", cancellationToken);
        var (app, caseworker) = await GatewayWithoutRecordsAsync(cancellationToken);
        await using var _ = app;

        var retry = await caseworker.PostAsync(path, body, "key-lost-contribution", cancellationToken);

        var statement = await pool.StatementAsync(cancellationToken);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Status, Is.EqualTo(201));
            Assert.That(retry.Status, Is.EqualTo(201));
            Assert.That(retry.Replayed, Is.False, "the second gateway has no record: the chaincode answered");
            Assert.That(retry.Body!["transactionId"]!.GetValue<string>(), Is.Not.EqualTo(first.Body!["transactionId"]!.GetValue<string>()));
            Assert.That(retry.Result!.ToJsonString(), Is.EqualTo(first.Result!.ToJsonString()), "the first result, not a duplicate's");
            Assert.That(retry.Result!["duplicate"]!.GetValue<bool>(), Is.False);
            Assert.That(statement["contributions"]!.GetValue<long>(), Is.EqualTo(6_000));
        }
    }

    [Test, CancelAfter(60_000)]
    public async Task Enrolment_RetriedAfterTheGatewayLostItsRecord_ReturnsTheSameMemberInsteadOfAConflict(CancellationToken cancellationToken)
    {
        var pool = await TestPool.CreateAsync(cancellationToken);
        var path = $"/api/v1/pools/{pool.PoolId}/members";
        var body = DemoCalls.Enroll("second-" + pool.PoolId, DemoCalls.Hash("iban-second-" + pool.PoolId));
        var first = await GatewayFixture.Client(Msp, "Caseworker").PostAsync(path, body, "key-lost-enrolment", cancellationToken);
        var (app, caseworker) = await GatewayWithoutRecordsAsync(cancellationToken);
        await using var _ = app;

        var retry = await caseworker.PostAsync(path, body, "key-lost-enrolment", cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Status, Is.EqualTo(201), first.Body?.ToJsonString());
            Assert.That(retry.Status, Is.EqualTo(201), retry.Body?.ToJsonString());
            Assert.That(retry.Result!.ToJsonString(), Is.EqualTo(first.Result!.ToJsonString()));
        }
    }
}
