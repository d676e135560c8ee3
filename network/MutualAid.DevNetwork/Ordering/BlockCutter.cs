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

    /// <summary>
    /// Hands each batch to <paramref name="onBatch"/>, in order, until completed or cancelled. The
    /// next batch is cut while the previous one is being handled, as Fabric's orderer cuts blocks
    /// while peers commit earlier ones, so its timeout runs from its first transaction.
    /// </summary>
    public async Task RunAsync(Func<IReadOnlyList<T>, Task> onBatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onBatch);

        // One batch waits while another is handled; beyond that, transactions wait unbatched.
        var batches = Channel.CreateBounded<List<T>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stopCutting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var cutting = CutAsync(batches.Writer, stopCutting.Token);
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await onBatch(batch).ConfigureAwait(false);
            }
        }
        finally
        {
            await stopCutting.CancelAsync().ConfigureAwait(false);
            await cutting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await cutting.ConfigureAwait(false);
    }

    /// <summary>Cuts batches into <paramref name="batches"/> and completes it when the queue is completed.</summary>
    private async Task CutAsync(ChannelWriter<List<T>> batches, CancellationToken cancellationToken)
    {
        try
        {
            var reader = _queue.Reader;
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var batch = await CutOneAsync(reader, cancellationToken).ConfigureAwait(false);
                if (batch.Count > 0)
                {
                    await batches.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                }
            }

            batches.TryComplete();
        }
        catch (Exception error)
        {
            batches.TryComplete(error);
            throw;
        }
    }

    /// <summary>Collects up to <c>maxMessageCount</c> transactions, or what arrives before the batch timeout.</summary>
    private async Task<List<T>> CutOneAsync(ChannelReader<T> reader, CancellationToken cancellationToken)
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
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The batch timeout expired: cut what has arrived.
        }

        return batch;
    }
}
