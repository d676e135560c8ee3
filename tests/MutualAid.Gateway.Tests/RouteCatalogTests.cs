using MutualAid.Domain.Routing;
using MutualAid.Gateway.Api;

namespace MutualAid.Gateway.Tests;

/// <summary>The gateway's route table mirrors the chaincode: every function has an endpoint, with the same roles.</summary>
public sealed class RouteCatalogTests
{
    [Test]
    public void EveryDomainFunction_HasAnEndpoint()
    {
        var routed = RouteCatalog.All.Select(r => r.Function).ToHashSet();

        Assert.That(DomainRouter.Default.Functions.Where(f => !routed.Contains(f)), Is.Empty);
    }

    [Test]
    public void EveryRoute_RolesAndKindMatchTheDomain()
    {
        var handlers = DomainRouter.Default;
        using (Assert.EnterMultipleScope())
        {
            foreach (var route in RouteCatalog.All)
            {
                Assert.That(handlers.Functions, Does.Contain(route.Function), route.Function);
                Assert.That(route.IsWrite, Is.EqualTo(handlers.IsWrite(route.Function)), route.Function);
            }
        }
    }

    [Test]
    public void WriteRoles_MatchTheHandlers()
    {
        var handlers = typeof(DomainRouter).GetField("_handlers", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .GetValue(DomainRouter.Default) as Dictionary<string, IDomainHandler>;
        using (Assert.EnterMultipleScope())
        {
            foreach (var route in RouteCatalog.All.Where(r => r.IsWrite))
            {
                var expected = handlers![route.Function].Roles.Select(RoleParser.Format).Order();
                Assert.That(route.Roles.Order(), Is.EqualTo(expected), route.Function);
            }
        }
    }

    [Test, CancelAfter(10_000)]
    public async Task Probes_AndOpenApi_Answer(CancellationToken cancellationToken)
    {
        var baseAddress = GatewayFixture.BaseAddress("NgoMSP");
        using var live = await GatewayFixture.RawHttp.GetAsync(new Uri(baseAddress, "/healthz"), cancellationToken);
        using var ready = await GatewayFixture.RawHttp.GetAsync(new Uri(baseAddress, "/readyz"), cancellationToken);
        var openApi = await GatewayFixture.RawHttp.GetStringAsync(new Uri(baseAddress, "/openapi/v1.json"), cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)live.StatusCode, Is.EqualTo(200));
            Assert.That((int)ready.StatusCode, Is.EqualTo(200));
            Assert.That(openApi, Does.Contain("/api/v1/claims/{claimId}/endorsements").And.Contain("Idempotency-Key").And.Contain("paymentReference"));
        }
    }
}
