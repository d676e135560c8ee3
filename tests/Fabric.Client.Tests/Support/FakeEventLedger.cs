using Fabric.Protos.GatewayApi;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Core;

namespace Fabric.Client.Tests.Support;

/// <summary>
/// Blocks of chaincode events served the way Fabric's gateway serves ChaincodeEvents: start at the block
/// of after_transaction_id (skipping through it) or at the specified block, or at the ledger height for
/// next_commit; one response per block with matching events. Can drop the stream once, to simulate a
/// disconnection.
/// </summary>
internal sealed class FakeEventLedger
{
    private readonly List<(ulong Number, List<ChaincodeEvent> Events)> _blocks = [];

    /// <summary>Drops the stream with UNAVAILABLE after this many responses, once; -1 never.</summary>
    public int DropAfterResponses { get; set; } = -1;

    public ulong Height => _blocks.Count == 0 ? 0 : _blocks[^1].Number + 1;

    /// <summary>Every event of <paramref name="chaincode"/> in ledger order.</summary>
    public IEnumerable<(ulong Block, string TransactionId)> EventsOf(string chaincode) =>
        _blocks.SelectMany(b => b.Events.Where(e => e.ChaincodeId == chaincode).Select(e => (b.Number, e.TxId)));

    public FakeEventLedger AddBlock(ulong number, params (string Chaincode, string TransactionId)[] events)
    {
        _blocks.Add((number, events.Select(e => new ChaincodeEvent
        {
            ChaincodeId = e.Chaincode,
            TxId = e.TransactionId,
            EventName = "Changed",
            Payload = ByteString.CopyFromUtf8(e.TransactionId),
        }).ToList()));
        return this;
    }

    public async Task Serve(SignedChaincodeEventsRequest signed, IServerStreamWriter<ChaincodeEventsResponse> stream, ServerCallContext context)
    {
        var request = Protos.GatewayApi.ChaincodeEventsRequest.Parser.ParseFrom(signed.Request);
        var afterBlock = _blocks.FirstOrDefault(b => b.Events.Any(e => e.TxId == request.AfterTransactionId && request.AfterTransactionId.Length > 0));
        var skipping = afterBlock.Events is not null;
        var start = skipping ? afterBlock.Number
            : request.StartPosition.TypeCase == Protos.Orderer.SeekPosition.TypeOneofCase.Specified ? request.StartPosition.Specified.Number
            : Height;
        var sent = 0;
        foreach (var (number, events) in _blocks.Where(b => b.Number >= start).ToList())
        {
            var matching = events.Where(e => e.ChaincodeId == request.ChaincodeId).ToList();
            if (skipping && number == start)
            {
                matching = matching.SkipWhile(e => e.TxId != request.AfterTransactionId).Skip(1).ToList();
            }

            if (matching.Count == 0)
            {
                continue;
            }

            var response = new ChaincodeEventsResponse { BlockNumber = number };
            response.Events.Add(matching);
            await stream.WriteAsync(response, context.CancellationToken);
            if (++sent == DropAfterResponses)
            {
                DropAfterResponses = -1;
                throw new RpcException(new Status(StatusCode.Unavailable, "peer went away"));
            }
        }

        await Task.Delay(Timeout.Infinite, context.CancellationToken);
    }
}
