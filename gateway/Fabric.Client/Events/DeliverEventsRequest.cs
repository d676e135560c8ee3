using System.Runtime.CompilerServices;
using Fabric.Client.Errors;
using Fabric.Client.Protocol;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Core;

namespace Fabric.Client.Events;

/// <summary>
/// A signed Deliver seek request from a fixed start; read it once with <see cref="GetEventsAsync"/>.
/// For offline signing, sign <see cref="Digest"/> elsewhere and rebuild through the gateway's
/// <c>NewSigned…EventsRequest</c> methods.
/// </summary>
/// <typeparam name="TBlock">What each response carries: a block, a filtered block, or a block with private data.</typeparam>
public abstract class DeliverEventsRequest<TBlock>
    where TBlock : class
{
    private readonly GatewayRpc _rpc;
    private readonly SigningContext _signing;
    private readonly Envelope _envelope;

    private protected DeliverEventsRequest(GatewayRpc rpc, SigningContext signing, Envelope envelope)
    {
        _rpc = rpc;
        _signing = signing;
        _envelope = envelope;
    }

    /// <summary>The serialized seek <c>common.Envelope</c>.</summary>
    public byte[] Bytes => _envelope.ToByteArray();

    /// <summary>SHA-256 of the envelope payload: what the signer signs.</summary>
    public byte[] Digest => SigningContext.Digest(_envelope.Payload);

    /// <summary>True once the envelope carries a signature.</summary>
    public bool IsSigned => !_envelope.Signature.IsEmpty;

    private protected abstract DeliverKind Kind { get; }

    private protected abstract Stage Stage { get; }

    /// <summary>Streams blocks in order until cancelled (or until Deliver reports SUCCESS at its stop block).</summary>
    /// <exception cref="GatewayException">The stream failed, or Deliver answered with a non-success status.</exception>
    /// <exception cref="InvalidOperationException">The request is unsigned and the gateway has no signer.</exception>
    public async IAsyncEnumerable<TBlock> GetEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!IsSigned)
        {
            SetSignature(await _signing.SignAsync(_envelope.Payload, cancellationToken).ConfigureAwait(false));
        }

        using var call = _rpc.Deliver(Kind, cancellationToken);
        await call.RequestStream.WriteAsync(_envelope, cancellationToken).ConfigureAwait(false);
        while (await StreamReading.MoveNextAsync(call.ResponseStream, Stage, cancellationToken).ConfigureAwait(false))
        {
            var response = call.ResponseStream.Current;
            if (response.TypeCase == DeliverResponse.TypeOneofCase.Status)
            {
                if (response.Status == Protos.Common.Status.Success)
                {
                    yield break;
                }

                throw new GatewayException($"Deliver answered with status {response.Status}", ToStatusCode(response.Status), []);
            }

            yield return Extract(response)
                ?? throw new GatewayException($"Deliver answered with unexpected response type {response.TypeCase}", StatusCode.Internal, []);
        }
    }

    internal void SetSignature(ByteString signature) => _envelope.Signature = signature;

    private protected abstract TBlock? Extract(DeliverResponse response);

    private static StatusCode ToStatusCode(Protos.Common.Status status) => status switch
    {
        Protos.Common.Status.BadRequest => StatusCode.InvalidArgument,
        Protos.Common.Status.Forbidden => StatusCode.PermissionDenied,
        Protos.Common.Status.NotFound => StatusCode.NotFound,
        Protos.Common.Status.ServiceUnavailable => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };
}
