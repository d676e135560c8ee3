namespace Fabric.Client.Tests.Support;

/// <summary>Reads a bounded prefix of an endless stream, with a safety timeout.</summary>
internal static class AsyncStreams
{
    public static async Task<List<T>> Take<T>(IAsyncEnumerable<T> stream, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var items = new List<T>();
        await foreach (var item in stream.WithCancellation(timeout.Token))
        {
            items.Add(item);
            if (items.Count == count)
            {
                break;
            }
        }

        return items;
    }
}
