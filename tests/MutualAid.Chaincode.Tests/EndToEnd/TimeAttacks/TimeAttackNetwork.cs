namespace MutualAid.Chaincode.Tests.EndToEnd.TimeAttacks;

/// <summary>
/// One development network with the mutual-aid chaincode (host clock: the machine's) for every forged-clock attack;
/// each attack sets up its own pool, so they share no record.
/// </summary>
[SetUpFixture]
public sealed class TimeAttackNetwork
{
    private static MutualAidNetwork? _network;

    internal static MutualAidNetwork Network => _network ?? throw new InvalidOperationException("the time attack network has not started");

    [OneTimeSetUp]
    public async Task Start()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(45));
        _network = await MutualAidNetwork.StartAsync(timeout.Token);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_network is not null)
        {
            await _network.DisposeAsync();
            _network = null;
        }
    }
}
