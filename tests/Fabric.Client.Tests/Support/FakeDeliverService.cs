using System.Collections.Concurrent;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Grpc.Core;

namespace Fabric.Client.Tests.Support;

/// <summary>A scripted <c>protos.Deliver</c> service: reads the seek envelope, then lets the test stream responses.</summary>
internal sealed class FakeDeliverService : Deliver.DeliverBase
{
    /// <summary>Streams responses for one seek envelope; the flag is true for DeliverFiltered.</summary>
    public Func<Envelope, bool, IServerStreamWriter<DeliverResponse>, ServerCallContext, Task>? OnDeliver { get; set; }

    public ConcurrentQueue<Envelope> SeekEnvelopes { get; } = new();

    public void Reset()
    {
        OnDeliver = null;
        SeekEnvelopes.Clear();
    }

    public override Task Deliver(IAsyncStreamReader<Envelope> requestStream, IServerStreamWriter<DeliverResponse> responseStream, ServerCallContext context) =>
        Serve(requestStream, responseStream, context, filtered: false);

    public override Task DeliverFiltered(IAsyncStreamReader<Envelope> requestStream, IServerStreamWriter<DeliverResponse> responseStream, ServerCallContext context) =>
        Serve(requestStream, responseStream, context, filtered: true);

    private async Task Serve(IAsyncStreamReader<Envelope> requests, IServerStreamWriter<DeliverResponse> responses, ServerCallContext context, bool filtered)
    {
        if (!await requests.MoveNext(context.CancellationToken))
        {
            return;
        }

        SeekEnvelopes.Enqueue(requests.Current);
        if (OnDeliver is not null)
        {
            await OnDeliver(requests.Current, filtered, responses, context);
        }
    }
}
