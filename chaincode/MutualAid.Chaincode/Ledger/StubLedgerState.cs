using Fabric.Shim;
using MutualAid.Domain.State;
using ShimModification = Fabric.Shim.Iterators.KeyModification;

namespace MutualAid.Chaincode.Ledger;

/// <summary>
/// The domain's synchronous <see cref="ILedgerState"/> over the shim's asynchronous <see cref="IChaincodeStub"/>
/// for one transaction. Each call sends its request to the peer and blocks until the reply arrives, so the
/// transaction's requests go out strictly one after another, in the order the domain makes them.
/// </summary>
/// <remarks>
/// <para>
/// Use it only from <see cref="Execution.DomainExecutor"/>'s thread: blocking is safe there because that thread has
/// no synchronization context and is not a thread-pool thread, and every await inside the shim uses
/// <c>ConfigureAwait(false)</c> and completes on the stream's reader. A call made under a synchronization context,
/// or while another call of the same transaction is in flight, throws <see cref="InvalidOperationException"/>
/// instead of risking a deadlock or interleaved requests.
/// </para>
/// <para>
/// Fabric's conventions are translated to the domain's: an empty value read means "absent" (null); query and
/// history iterators are read to the end and closed inside the call, so the domain gets a re-enumerable list in
/// key order and no iterator outlives the call. Writing an empty value is refused, because Fabric would turn it
/// into a delete.
/// </para>
/// </remarks>
public sealed class StubLedgerState : ILedgerState, IDisposable
{
    private readonly IChaincodeStub _stub;
    private IReadOnlyDictionary<string, byte[]>? _transient;
    private readonly ManualResetEventSlim _replied = new(false, spinCount: 0);
    private int _inFlight;

    /// <summary>Creates the adapter for the transaction of <paramref name="stub"/>.</summary>
    public StubLedgerState(IChaincodeStub stub)
    {
        ArgumentNullException.ThrowIfNull(stub);
        _stub = stub;
    }

    /// <inheritdoc />
    public byte[]? GetState(string key) => AbsentIfEmpty(Wait(() => _stub.GetStateAsync(key)));

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty (Fabric would delete the key).</exception>
    public void PutState(string key, byte[] value)
    {
        RequireValue(value, key);
        Wait(() => _stub.PutStateAsync(key, value));
    }

    /// <inheritdoc />
    public void DelState(string key) => Wait(() => _stub.DelStateAsync(key));

    /// <inheritdoc />
    public IEnumerable<KeyValueEntry> GetStateByPartialCompositeKey(string objectType, IReadOnlyList<string> attributes)
    {
        return Wait(ReadAllAsync);

        async Task<IReadOnlyList<KeyValueEntry>> ReadAllAsync()
        {
            await using var iterator = await _stub.GetStateByPartialCompositeKeyAsync(objectType, attributes).ConfigureAwait(false);
            var results = await iterator.ToListAsync().ConfigureAwait(false);
            return [.. results.Select(kv => new KeyValueEntry(kv.Key, kv.Value.ToArray()))];
        }
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The peer sent a modification without a timestamp.</exception>
    public IEnumerable<KeyModification> GetHistoryForKey(string key)
    {
        return Wait(ReadAllAsync);

        async Task<IReadOnlyList<KeyModification>> ReadAllAsync()
        {
            await using var iterator = await _stub.GetHistoryForKeyAsync(key).ConfigureAwait(false);
            var results = await iterator.ToListAsync().ConfigureAwait(false);
            return [.. results.Select(modification => Convert(key, modification))];
        }
    }

    /// <inheritdoc />
    public byte[]? GetPrivateData(string collection, string key) => AbsentIfEmpty(Wait(() => _stub.GetPrivateDataAsync(collection, key)));

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty (Fabric would delete the key).</exception>
    public void PutPrivateData(string collection, string key, byte[] value)
    {
        RequireValue(value, key);
        Wait(() => _stub.PutPrivateDataAsync(collection, key, value));
    }

    /// <inheritdoc />
    public byte[]? GetPrivateDataHash(string collection, string key) => AbsentIfEmpty(Wait(() => _stub.GetPrivateDataHashAsync(collection, key)));

    /// <inheritdoc />
    public IReadOnlyDictionary<string, byte[]> GetTransient() =>
        _transient ??= _stub.TransientMap.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);

    /// <inheritdoc />
    public void SetEvent(string name, byte[] payload) => _stub.SetEvent(name, payload);

    private static byte[]? AbsentIfEmpty(byte[] value) => value.Length == 0 ? null : value;

    private static void RequireValue(byte[] value, string key)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            throw new ArgumentException($"an empty value for key {key} would delete it in Fabric", nameof(value));
        }
    }

    private static KeyModification Convert(string key, ShimModification modification) =>
        new(
            modification.TxId,
            modification.Timestamp ?? throw new InvalidOperationException($"the peer sent a modification of {key} without a timestamp"),
            modification.IsDelete,
            modification.Value.ToArray());

    private void Wait(Func<Task> request) => Wait(async () =>
    {
        await request().ConfigureAwait(false);
        return true;
    });

    /// <summary>Starts <paramref name="request"/> and blocks until it completes, one request at a time.</summary>
    private T Wait<T>(Func<Task<T>> request)
    {
        if (SynchronizationContext.Current is not null)
        {
            throw new InvalidOperationException(
                "the ledger adapter blocks on the peer and must not run under a synchronization context; run the domain through DomainExecutor");
        }

        if (Interlocked.Exchange(ref _inFlight, 1) != 0)
        {
            throw new InvalidOperationException("a transaction's ledger requests must be sequential; another request is still in flight");
        }

        try
        {
            var pending = request();
            if (!pending.IsCompleted)
            {
                // Blocks at once: a task's own wait spins first, and on a busy peer host the spinning threads take
                // processor time from the very work that would answer them.
                _replied.Reset();
                pending.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_replied.Set);
                _replied.Wait();
            }

            return pending.GetAwaiter().GetResult();
        }
        finally
        {
            Volatile.Write(ref _inFlight, 0);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _replied.Dispose();
}
