using Fabric.Msp.Signing;
using Fabric.Protos.Common;
using Google.Protobuf;
using MutualAid.DevNetwork.Access;
using MutualAid.DevNetwork.Channels;
using MutualAid.DevNetwork.Validation;

namespace MutualAid.DevNetwork.Ordering;

/// <summary>
/// One channel's ordering and committing pipeline: admits envelopes whose creator satisfies the
/// channel's Writers policy, cuts them into blocks, signs each block as the orderer, validates it
/// and commits it to the ledger. Blocks are produced one at a time, in order.
/// </summary>
public sealed class OrderingService : IAsyncDisposable
{
    /// <summary>The largest envelope accepted (Fabric's AbsoluteMaxBytes default is 10 MB).</summary>
    public const int MaxEnvelopeBytes = 10 * 1024 * 1024;

    private readonly ChannelContext _channel;
    private readonly Membership _membership;
    private readonly BlockAssembler _assembler;
    private readonly BlockValidator _validator;
    private readonly BlockCutter<ByteString> _cutter;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private byte[] _previousHash;

    private OrderingService(ChannelContext channel, Membership membership, BlockAssembler assembler)
    {
        _channel = channel;
        _membership = membership;
        _assembler = assembler;
        _validator = new BlockValidator(membership, channel);
        _cutter = new BlockCutter<ByteString>(channel.Config.MaxMessageCount, TimeSpan.FromMilliseconds(channel.Config.BatchTimeoutMilliseconds));
        _previousHash = BlockAssembler.HeaderHash(channel.Ledger.GetBlock(channel.Ledger.Height - 1));
        _running = _cutter.RunAsync(CommitBatchAsync, _stop.Token);
    }

    /// <summary>
    /// Starts ordering for <paramref name="channel"/>; an empty ledger first gets block 0 holding
    /// <paramref name="genesis"/>, the channel's config transaction.
    /// </summary>
    public static async Task<OrderingService> StartAsync(ChannelContext channel, Membership membership, SigningIdentity orderer, Envelope genesis)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(genesis);
        var assembler = new BlockAssembler(orderer);
        if (channel.Ledger.Height == 0)
        {
            var block = await assembler.AssembleAsync(0, ReadOnlyMemory<byte>.Empty, [genesis.ToByteString()]).ConfigureAwait(false);
            block.Metadata.Metadata[(int)BlockMetadataIndex.TransactionsFilter] = ByteString.CopyFrom((byte)Fabric.Protos.Peer.TxValidationCode.Valid);
            channel.Ledger.Commit(block);
        }

        return new OrderingService(channel, membership, assembler);
    }

    /// <summary>Checks an envelope as the orderer's broadcast filters do and queues it for the next block.</summary>
    public BroadcastResult Broadcast(Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope.CalculateSize() > MaxEnvelopeBytes)
        {
            return new BroadcastResult(Status.RequestEntityTooLarge, $"envelope larger than {MaxEnvelopeBytes} bytes");
        }

        Payload payload;
        ChannelHeader channelHeader;
        SignatureHeader signatureHeader;
        try
        {
            payload = Payload.Parser.ParseFrom(envelope.Payload);
            channelHeader = ChannelHeader.Parser.ParseFrom(payload.Header?.ChannelHeader ?? ByteString.Empty);
            signatureHeader = SignatureHeader.Parser.ParseFrom(payload.Header?.SignatureHeader ?? ByteString.Empty);
        }
        catch (InvalidProtocolBufferException error)
        {
            return new BroadcastResult(Status.BadRequest, $"bad envelope: {error.Message}");
        }

        if (channelHeader.ChannelId != _channel.Name)
        {
            return new BroadcastResult(Status.NotFound, $"channel {channelHeader.ChannelId} does not exist");
        }

        if (channelHeader.Type != (int)HeaderType.EndorserTransaction)
        {
            return new BroadcastResult(Status.BadRequest, $"header type {channelHeader.Type} is not accepted for ordering");
        }

        if (!_membership.TryResolve(signatureHeader.Creator, out var creator, out var role, out var identityError)
            || !_membership.Verify(creator, envelope.Payload.Span, envelope.Signature.Span)
            || !_channel.Access.IsWriter(creator, role))
        {
            var reason = creator is null ? identityError : "the creator does not satisfy the channel's Writers policy or its signature is invalid";
            return new BroadcastResult(Status.Forbidden, $"implicit policy evaluation failed: {reason}");
        }

        try
        {
            _cutter.Enqueue(envelope.ToByteString());
            return BroadcastResult.Success;
        }
        catch (InvalidOperationException)
        {
            return new BroadcastResult(Status.ServiceUnavailable, "ordering has stopped");
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _cutter.Complete();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (Exception error) when (error is OperationCanceledException or TimeoutException)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task CommitBatchAsync(IReadOnlyList<ByteString> envelopes)
    {
        var block = await _assembler.AssembleAsync(_channel.Ledger.Height, _previousHash, envelopes).ConfigureAwait(false);
        var validation = _validator.Validate(block);
        block.Metadata.Metadata[(int)BlockMetadataIndex.TransactionsFilter] = ByteString.CopyFrom(validation.Codes.Select(c => (byte)c).ToArray());
        _channel.PrivateData?.BeforeCommit(block, validation.Codes, validation.Transactions);
        _channel.Ledger.Commit(block, validation.Transactions, validation.Updates.Writes);
        _previousHash = BlockAssembler.HeaderHash(block);
    }
}
