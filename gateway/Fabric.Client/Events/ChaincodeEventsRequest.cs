using System.Runtime.CompilerServices;
using Fabric.Client.Errors;
using Fabric.Client.Protocol;
using Fabric.Protos.GatewayApi;
using Google.Protobuf;

namespace Fabric.Client.Events;

/// <summary>
/// A signed request for one chaincode's events from a fixed start; read it once with
/// <see cref="GetEventsAsync"/>. For offline signing, sign <see cref="Digest"/> elsewhere and rebuild with
/// <see cref="Gateway.NewSignedChaincodeEventsRequest"/>. Prefer <see cref="Network.GetChaincodeEventsAsync"/>,
/// which also reconnects.
/// </summary>
public sealed class ChaincodeEventsRequest
{
    private readonly GatewayRpc _rpc;
    private readonly SigningContext _signing;
    private readonly SignedChaincodeEventsRequest _signed;

    internal ChaincodeEventsRequest(GatewayRpc rpc, SigningContext signing, SignedChaincodeEventsRequest signed)
    {
        _rpc = rpc;
        _signing = signing;
        _signed = signed;
    }

    /// <summary>The serialized <c>gateway.SignedChaincodeEventsRequest</c>.</summary>
    public byte[] Bytes => _signed.ToByteArray();

    /// <summary>SHA-256 of the serialized ChaincodeEventsRequest: what the signer signs.</summary>
    public byte[] Digest => SigningContext.Digest(_signed.Request);

    /// <summary>True once the request carries a signature.</summary>
    public bool IsSigned => !_signed.Signature.IsEmpty;

    /// <summary>Streams the events, block by block in commit order, until cancelled.</summary>
    /// <exception cref="GatewayException">The stream failed (e.g. PERMISSION_DENIED, UNAVAILABLE).</exception>
    /// <exception cref="InvalidOperationException">The request is unsigned and the gateway has no signer.</exception>
    public async IAsyncEnumerable<ChaincodeEvent> GetEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var response in ReadResponsesAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var chaincodeEvent in Flatten(response))
            {
                yield return chaincodeEvent;
            }
        }
    }

    internal void SetSignature(ByteString signature) => _signed.Signature = signature;

    internal static IEnumerable<ChaincodeEvent> Flatten(ChaincodeEventsResponse response) =>
        response.Events.Select(e => new ChaincodeEvent(response.BlockNumber, e.TxId, e.ChaincodeId, e.EventName, e.Payload.ToByteArray()));

    /// <summary>Reads the raw per-block responses.</summary>
    internal async IAsyncEnumerable<ChaincodeEventsResponse> ReadResponsesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!IsSigned)
        {
            SetSignature(await _signing.SignAsync(_signed.Request, cancellationToken).ConfigureAwait(false));
        }

        using var call = _rpc.ChaincodeEvents(_signed, cancellationToken);
        while (await StreamReading.MoveNextAsync(call.ResponseStream, Stage.ChaincodeEvents, cancellationToken).ConfigureAwait(false))
        {
            yield return call.ResponseStream.Current;
        }
    }
}
