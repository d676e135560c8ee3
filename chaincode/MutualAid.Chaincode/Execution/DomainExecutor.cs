namespace MutualAid.Chaincode.Execution;

/// <summary>
/// Runs the synchronous domain for one transaction on a dedicated thread, so that the ledger adapter can block on
/// the shim's asynchronous peer requests without holding a thread-pool thread or a synchronization context.
/// At most <see cref="MaxConcurrency"/> transactions run at once; further ones wait (asynchronously) for a slot.
/// </summary>
/// <remarks>
/// Why a dedicated thread and not the thread pool: each transaction blocks its thread for every round trip to the
/// peer, while the replies that unblock it are read and dispatched by thread-pool work (the gRPC stream reader).
/// Blocking pool threads under load would starve exactly the work that releases them, until the pool slowly
/// injects more threads. A dedicated thread costs its creation (tens of microseconds, small beside one peer round
/// trip) and its stack while the transaction runs; the bound keeps that cost finite.
/// </remarks>
public sealed class DomainExecutor : IDisposable
{
    /// <summary>The default bound on transactions executing the domain at once.</summary>
    public const int DefaultMaxConcurrency = 64;

    private readonly SemaphoreSlim _slots;

    /// <summary>Creates an executor running at most <paramref name="maxConcurrency"/> domain calls at once.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxConcurrency"/> is not positive.</exception>
    public DomainExecutor(int maxConcurrency = DefaultMaxConcurrency)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxConcurrency);
        MaxConcurrency = maxConcurrency;
        _slots = new SemaphoreSlim(maxConcurrency, maxConcurrency);
    }

    /// <summary>The most domain calls running at once.</summary>
    public int MaxConcurrency { get; }

    /// <summary>Runs <paramref name="call"/> on a dedicated thread without a synchronization context and returns its result.</summary>
    /// <exception cref="ObjectDisposedException">The executor has been disposed.</exception>
    public async Task<T> RunAsync<T>(Func<T> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        await _slots.WaitAsync().ConfigureAwait(false);
        try
        {
            return await Task.Factory.StartNew(
                call,
                CancellationToken.None,
                TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach,
                TaskScheduler.Default).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();
}
