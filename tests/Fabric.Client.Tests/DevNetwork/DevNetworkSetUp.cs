namespace Fabric.Client.Tests.DevNetwork;

/// <summary>
/// Starts one development network with the Node interop chaincode for every fixture in this namespace
/// and stops it after the last. Fixtures share it, so each is [NonParallelizable] and uses its own keys.
/// </summary>
[SetUpFixture]
[CancelAfter(60_000)]
internal sealed class DevNetworkSetUp
{
    private static TestNetwork? _network;

    /// <summary>The running network.</summary>
    /// <exception cref="InvalidOperationException">Used outside this namespace's fixtures.</exception>
    public static TestNetwork Network => _network ?? throw new InvalidOperationException("the development network is not running");

    [OneTimeSetUp]
    public async Task StartNetwork() => _network = await TestNetwork.StartAsync();

    [OneTimeTearDown]
    public async Task StopNetwork()
    {
        if (_network is not null)
        {
            await _network.DisposeAsync();
            _network = null;
        }
    }
}
