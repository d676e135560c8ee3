using System.Runtime.CompilerServices;
using Fabric.Client.Errors;

namespace Fabric.Client.Events;

/// <summary>
/// Reads a block-ordered stream and, after a transient failure, opens it again just after the last block
/// delivered, so that no block is missed and none is repeated.
/// </summary>
internal static class ResumableStream
{
    public static async IAsyncEnumerable<T> ReadAsync<T>(
        Func<EventPosition, CancellationToken, IAsyncEnumerable<T>> open,
        Func<T, ulong> blockOf,
        EventPosition start,
        EventsOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var position = start;
        var failures = 0;
        while (true)
        {
            var stream = open(position, cancellationToken).GetAsyncEnumerator(cancellationToken);
            try
            {
                while (true)
                {
                    bool more;
                    try
                    {
                        more = await stream.MoveNextAsync().ConfigureAwait(false);
                    }
                    catch (GatewayException ex) when (ex.IsTransient && failures < options.MaxReconnectAttempts)
                    {
                        failures++;
                        break;
                    }

                    if (!more)
                    {
                        yield break;
                    }

                    failures = 0;
                    position = EventPosition.After(blockOf(stream.Current));
                    yield return stream.Current;
                }
            }
            finally
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            var delay = options.ReconnectDelay * Math.Pow(2, failures - 1);
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }
}
