using Fabric.Client.Resilience;
using Fabric.Msp.Signing;

namespace Fabric.Client.Tests.Support;

/// <summary>A fixture base with one fake gateway server for all its tests, reset before each test.</summary>
internal abstract class FakeGatewayFixture
{
    protected const string ChannelName = "mychannel";
    protected const string ChaincodeName = "basic";

    protected FakeFabricServer Server { get; private set; } = null!;

    protected FakeGatewayService Fake => Server.Gateway;

    /// <summary>Fast retries and no circuit breaker unless a test asks for them.</summary>
    protected static FabricResilienceOptions QuickResilience => new()
    {
        Evaluate = new RetrySettings(3, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5)),
        Endorse = new RetrySettings(2, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5)),
        CommitStatus = new RetrySettings(2, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5)),
        ResubmitOnConflict = new RetrySettings(5, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(5)),
        CircuitBreaker = new CircuitBreakerSettings(false, 0.5, 10, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(15)),
    };

    [OneTimeSetUp]
    public async Task StartServer() => Server = await FakeFabricServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopServer() => await Server.DisposeAsync();

    [SetUp]
    public void ResetServer() => Server.Reset();

    protected Gateway NewGateway(GatewayOptions? options = null, ISigner? signer = null, bool offline = false) =>
        Gateway.Connect(
            Server.Channel,
            TestIdentity.Identity,
            offline ? null : signer ?? TestIdentity.Signer,
            options ?? new GatewayOptions { Resilience = QuickResilience });

    protected Contract NewContract(GatewayOptions? options = null, string? contractName = null) =>
        NewGateway(options).GetNetwork(ChannelName).GetContract(ChaincodeName, contractName);
}
