using Fabric.Msp.Identities;
using Fabric.Protos.Common;
using Fabric.Protos.Orderer;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using MutualAid.DevNetwork.Channels;
using MutualAid.DevNetwork.Events;
using MutualAid.DevNetwork.Hosting;
using MutualAid.DevNetwork.Peers;
using DeliverResponse = Fabric.Protos.Peer.DeliverResponse;
using FabricStatus = Fabric.Protos.Common.Status;

namespace MutualAid.DevNetwork.Services;

/// <summary>
/// A peer's <c>protos.Deliver</c> service: for each signed SeekInfo envelope from a channel reader,
/// streams blocks (whole, filtered, or with private data) from the start to the stop position,
/// waiting for new blocks when asked to, then a status. Private data comes from the store of the
/// peer the call arrived on, filtered for the requester. As in Fabric, an envelope whose timestamp is
/// missing or outside the time window is refused with <c>BAD_REQUEST</c> before anything else is
/// looked at, and any status but <c>SUCCESS</c> ends the stream.
/// </summary>
/// <param name="network">The running network.</param>
/// <param name="peer">The peer the call is addressed to.</param>
/// <param name="timeWindow">The check of the envelope's timestamp against the peer's clock.</param>
/// <param name="logger">Where refusals are logged.</param>
public sealed class DeliverService(FabricNetwork network, PeerNode peer, DeliverTimeWindow timeWindow, ILogger<DeliverService> logger) : Deliver.DeliverBase
{
    private enum Form
    {
        Block,
        Filtered,
        WithPrivateData,
    }

    /// <inheritdoc />
    public override Task Deliver(IAsyncStreamReader<Envelope> requestStream, IServerStreamWriter<DeliverResponse> responseStream, ServerCallContext context) =>
        ServeAsync(requestStream, responseStream, context, Form.Block);

    /// <inheritdoc />
    public override Task DeliverFiltered(IAsyncStreamReader<Envelope> requestStream, IServerStreamWriter<DeliverResponse> responseStream, ServerCallContext context) =>
        ServeAsync(requestStream, responseStream, context, Form.Filtered);

    /// <inheritdoc />
    public override Task DeliverWithPrivateData(IAsyncStreamReader<Envelope> requestStream, IServerStreamWriter<DeliverResponse> responseStream, ServerCallContext context) =>
        ServeAsync(requestStream, responseStream, context, Form.WithPrivateData);

    private async Task ServeAsync(IAsyncStreamReader<Envelope> requests, IServerStreamWriter<DeliverResponse> responses, ServerCallContext context, Form form)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(context);
        await foreach (var envelope in requests.ReadAllAsync(context.CancellationToken).ConfigureAwait(false))
        {
            var status = await ServeOneAsync(envelope, responses, form, context).ConfigureAwait(false);
            await responses.WriteAsync(new DeliverResponse { Status = status }, context.CancellationToken).ConfigureAwait(false);
            if (status != FabricStatus.Success)
            {
                return; // Fabric's handler hangs up after any refusal
            }
        }
    }

    private async Task<FabricStatus> ServeOneAsync(Envelope envelope, IServerStreamWriter<DeliverResponse> responses, Form form, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        if (!TryReadSeek(envelope, context.Peer, out var channel, out var seek, out var requester, out var status))
        {
            return status;
        }

        var ledger = channel!.Ledger;
        var start = Position(seek!.Start, ledger.Height, isStart: true);
        var stop = Position(seek.Stop, ledger.Height, isStart: false);
        if (start is null || stop is null || stop < start)
        {
            return FabricStatus.BadRequest;
        }

        for (var number = start.Value; number <= stop.Value; number++)
        {
            if (number >= ledger.Height && seek.Behavior == SeekInfo.Types.SeekBehavior.FailIfNotReady)
            {
                return FabricStatus.NotFound;
            }

            await ledger.WaitForHeightAboveAsync(number, cancellationToken).ConfigureAwait(false);
            var block = ledger.GetBlock(number);
            var response = form switch
            {
                Form.Filtered => new DeliverResponse { FilteredBlock = BlockEvents.Filtered(channel.Name, block) },
                Form.WithPrivateData => new DeliverResponse
                {
                    BlockAndPrivateData = new BlockAndPrivateData
                    {
                        Block = block,
                        PrivateDataMap = { BlockPrivateData.For(channel, number, peer.MspId, requester!, network.Membership) },
                    },
                },
                _ => new DeliverResponse { Block = block },
            };
            await responses.WriteAsync(response, cancellationToken).ConfigureAwait(false);
        }

        return FabricStatus.Success;
    }

    private bool TryReadSeek(Envelope envelope, string remote, out ChannelContext? channel, out SeekInfo? seek, out X509Identity? requester, out FabricStatus status)
    {
        channel = null;
        seek = null;
        requester = null;
        status = FabricStatus.BadRequest;
        ChannelHeader header;
        SignatureHeader signature;
        try
        {
            var payload = Payload.Parser.ParseFrom(envelope.Payload);
            header = ChannelHeader.Parser.ParseFrom(payload.Header?.ChannelHeader ?? ByteString.Empty);
            signature = SignatureHeader.Parser.ParseFrom(payload.Header?.SignatureHeader ?? ByteString.Empty);
            seek = SeekInfo.Parser.ParseFrom(payload.Data);
        }
        catch (InvalidProtocolBufferException)
        {
            return false;
        }

        if (!timeWindow.Accepts(header.Timestamp, out var problem))
        {
            DeliverLog.EnvelopeRefused(logger, remote, problem);
            return false;
        }

        channel = network.FindChannel(header.ChannelId);
        if (channel is null)
        {
            status = FabricStatus.NotFound;
            return false;
        }

        if (!network.Membership.TryResolve(signature.Creator, out var creator, out var role, out _)
            || !network.Membership.Verify(creator, envelope.Payload.Span, envelope.Signature.Span)
            || !channel.Access.IsReader(creator, role))
        {
            status = FabricStatus.Forbidden;
            return false;
        }

        requester = creator;
        return seek.Start is not null;
    }

    /// <summary>A seek position as a block number; newest is the last block, an open stop is unbounded.</summary>
    private static ulong? Position(SeekPosition? position, ulong height, bool isStart) => position?.TypeCase switch
    {
        SeekPosition.TypeOneofCase.Oldest => 0,
        SeekPosition.TypeOneofCase.Newest => height == 0 ? 0 : height - 1,
        SeekPosition.TypeOneofCase.Specified => position.Specified.Number,
        SeekPosition.TypeOneofCase.NextCommit => height,
        null or SeekPosition.TypeOneofCase.None => isStart ? null : ulong.MaxValue,
        _ => null,
    };
}
