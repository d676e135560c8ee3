using System.Threading.Channels;

namespace MutualAid.DevNetwork.Ordering;

/// <summary>
/// Cuts a channel's stream of ordered transactions into batches: a batch closes when it holds
/// <c>maxMessageCount</c> transactions or when <c>batchTimeout</c> has passed since its first
/// transaction arrived, so a lone transaction still commits quickly.
/// </summary>
public sealed class BlockCutter<T>(int maxMessageCount, TimeSpan batchTimeout)
{
    private readonly Channel<T> _queue = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Accepts a transaction for the next batch.</summary>
    /// <exception cref="InvalidOperationException">The cutter has been completed.</exception>
    public void Enqueue(T item)
    {
        if (!_queue.Writer.TryWrite(item))
        {
            throw new InvalidOperationException("ordering has stopped");
        }
    }

    /// <summary>Stops accepting transactions; <see cref="RunAsync"/> cuts what is queued and returns.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    /// <summary>Hands each batch to <paramref name="onBatch"/>, in order, until completed or cancelled.</summary>
    public async Task RunAsync(Func<IReadOnlyList<T>, Task> onBatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onBatch);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var batch = new List<T>(Math.Min(maxMessageCount, 1024));
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timer.CancelAfter(batchTimeout);
            try
            {
                while (batch.Count < maxMessageCount)
                {
                    if (reader.TryRead(out var item))
                    {
                        batch.Add(item);
                    }
                    else if (batch.Count == 0 || !await reader.WaitToReadAsync(timer.Token).ConfigureAwait(false))
                    {
                        if (batch.Count == 0 && reader.Completion.IsCompleted)
                        {
                            return;
                        }

                        break;
                    }
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The batch timeout expired: cut what has arrived.
            }

            if (batch.Count > 0)
            {
                await onBatch(batch).ConfigureAwait(false);
            }
        }
    }
}
