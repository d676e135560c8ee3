using System.Collections.Concurrent;

namespace MutualAid.Chaincode.Execution;

/// <summary>
/// Runs the synchronous domain for one transaction on a worker thread of its own, so that the ledger adapter can
/// block on the shim's asynchronous peer requests without holding a thread-pool thread or a synchronization context.
/// At most <see cref="MaxConcurrency"/> transactions run at once; further ones queue.
/// </summary>
/// <remarks>
/// Why dedicated threads and not the thread pool: each transaction blocks its thread for every round trip to the
/// peer, while the replies that unblock it are read and dispatched by thread-pool work (the gRPC stream reader).
/// Blocking pool threads under load would starve exactly the work that releases them, until the pool slowly
/// injects more threads. The workers are started on demand, up to the bound, and then kept: creating a thread for
/// every transaction cost more processor time than the domain logic it ran.
/// </remarks>
public sealed class DomainExecutor : IDisposable
{
    /// <summary>The default bound on transactions executing the domain at once.</summary>
    public const int DefaultMaxConcurrency = 64;

    private readonly BlockingCollection<Action> _queue = [];
    private readonly Lock _gate = new();
    private int _workers;
    private int _idle;

    /// <summary>Creates an executor running at most <paramref name="maxConcurrency"/> domain calls at once.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxConcurrency"/> is not positive.</exception>
    public DomainExecutor(int maxConcurrency = DefaultMaxConcurrency)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxConcurrency);
        MaxConcurrency = maxConcurrency;
    }

    /// <summary>The most domain calls running at once.</summary>
    public int MaxConcurrency { get; }

    /// <summary>Runs <paramref name="call"/> on a worker thread without a synchronization context and returns its result.</summary>
    /// <exception cref="ObjectDisposedException">The executor has been disposed.</exception>
    public Task<T> RunAsync<T>(Func<T> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            _queue.Add(() =>
            {
                try
                {
                    result.SetResult(call());
                }
#pragma warning disable CA1031 // Whatever the domain throws belongs to the caller's task, never to the worker thread.
                catch (Exception error)
#pragma warning restore CA1031
                {
                    result.SetException(error);
                }
            });
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(nameof(DomainExecutor));
        }

        EnsureWorker();
        return result.Task;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Workers finish what is queued, then end.
        _queue.CompleteAdding();
    }

    private void EnsureWorker()
    {
        lock (_gate)
        {
            if (_idle > 0 || _workers >= MaxConcurrency)
            {
                return;
            }

            _workers++;
        }

        new Thread(Work) { IsBackground = true, Name = "mutualaid-domain" }.Start();
    }

    private void Work()
    {
        while (true)
        {
            lock (_gate)
            {
                _idle++;
            }

            Action? next;
            try
            {
                next = _queue.Take();
            }
            catch (InvalidOperationException)
            {
                return;
            }
            finally
            {
                lock (_gate)
                {
                    _idle--;
                }
            }

            next();
        }
    }
}
