using Fabric.Client;
using Fabric.Client.Events;
using Fabric.Protos.Common;

namespace MutualAid.Gateway.Audit;

/// <summary>
/// Reads blocks <c>from..to</c> through Deliver (Fabric.Client block events). Deliver waits for blocks not yet
/// written, so the range ends early, with <see cref="Result.ReachedEnd"/>, when no next block arrives in time.
/// </summary>
public static class BlockRangeReader
{
    /// <summary>How a read ended.</summary>
    /// <param name="ReachedEnd">True when the chain ended before the last block asked for.</param>
    public readonly record struct Result(bool ReachedEnd);

    /// <summary>
    /// Hands each block from <paramref name="from"/> through <paramref name="to"/> to <paramref name="onBlock"/> in
    /// order, until it returns false, the range ends, or no block arrives within <paramref name="endOfChainWait"/>.
    /// </summary>
    /// <exception cref="Fabric.Client.Errors.GatewayException">Deliver failed.</exception>
    public static async Task<Result> ReadAsync(
        Network network, ulong from, ulong to, TimeSpan endOfChainWait, Func<Block, bool> onBlock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(onBlock);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var blocks = network.GetBlockEventsAsync(new EventsOptions { StartBlock = from }, stop.Token).GetAsyncEnumerator(stop.Token);
        Task<bool>? pending = null;
        try
        {
            while (true)
            {
                pending = blocks.MoveNextAsync().AsTask();
                if (await Task.WhenAny(pending, Task.Delay(endOfChainWait, cancellationToken)).ConfigureAwait(false) != pending)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return new Result(ReachedEnd: true);
                }

                var more = await pending.ConfigureAwait(false);
                pending = null;
                if (!more)
                {
                    return new Result(ReachedEnd: true);
                }

                var block = blocks.Current;
                if (!onBlock(block) || block.Header.Number >= to)
                {
                    return new Result(ReachedEnd: false);
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            if (pending is not null)
            {
                try
                {
                    await pending.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The stream was stopped on purpose.
                }
            }

            await blocks.DisposeAsync().ConfigureAwait(false);
        }
    }
}
