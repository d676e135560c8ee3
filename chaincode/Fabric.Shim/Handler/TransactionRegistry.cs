using System.Collections.Concurrent;

namespace Fabric.Shim.Handler;

/// <summary>The transactions in flight on one stream, by channel id and transaction id.</summary>
internal sealed class TransactionRegistry
{
    private readonly ConcurrentDictionary<TransactionKey, TransactionContext> _inFlight = new();

    public int Count => _inFlight.Count;

    public bool TryAdd(TransactionContext context) => _inFlight.TryAdd(context.Key, context);

    public bool TryGet(TransactionKey key, out TransactionContext? context) => _inFlight.TryGetValue(key, out context);

    public void Remove(TransactionKey key) => _inFlight.TryRemove(key, out _);

    /// <summary>Fails every transaction's pending and future requests with <paramref name="failure"/>.</summary>
    public void FailAll(Exception failure)
    {
        foreach (var context in _inFlight.Values)
        {
            context.Fail(failure);
        }
    }
}
