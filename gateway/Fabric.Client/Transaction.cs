using Fabric.Client.Errors;
using Fabric.Client.Protocol;
using Fabric.Protos.GatewayApi;
using Google.Protobuf;

namespace Fabric.Client;

/// <summary>
/// An endorsed transaction, step two: it holds the chaincode result and the envelope to sign and submit.
/// For offline signing, sign <see cref="Digest"/> elsewhere and rebuild with
/// <see cref="Gateway.NewSignedTransaction"/>.
/// </summary>
public sealed class Transaction
{
    private readonly GatewayRpc _rpc;
    private readonly SigningContext _signing;
    private readonly PreparedTransaction _prepared;
    private readonly TransactionLabels _labels;
    private readonly byte[] _result;

    /// <exception cref="FormatException">The envelope is not an endorsed transaction.</exception>
    internal Transaction(GatewayRpc rpc, SigningContext signing, PreparedTransaction prepared)
    {
        _rpc = rpc;
        _signing = signing;
        _prepared = prepared;
        (_labels, _result) = TransactionParser.Parse(prepared.TransactionId, prepared.Envelope);
    }

    /// <summary>The transaction id.</summary>
    public string TransactionId => _prepared.TransactionId;

    /// <summary>The channel, read from the envelope's channel header.</summary>
    public string ChannelName => _labels.Channel;

    /// <summary>The chaincode's result, as endorsed (a copy).</summary>
    public byte[] Result => (byte[])_result.Clone();

    /// <summary>The serialized <c>gateway.PreparedTransaction</c> (transaction id and envelope).</summary>
    public byte[] Bytes => _prepared.ToByteArray();

    /// <summary>SHA-256 of the envelope payload, exactly as Endorse returned it: what the signer signs.</summary>
    public byte[] Digest => SigningContext.Digest(_prepared.Envelope.Payload);

    /// <summary>True once the envelope carries a signature.</summary>
    public bool IsSigned => !_prepared.Envelope.Signature.IsEmpty;

    /// <summary>
    /// Signs the envelope (unless signed) and sends it to ordering; returns once ordering accepted it. Never
    /// retried automatically: on failure the transaction may or may not have been ordered.
    /// </summary>
    /// <exception cref="SubmitException">Ordering did not accept the transaction, or the outcome is unknown.</exception>
    /// <exception cref="InvalidOperationException">The envelope is unsigned and the gateway has no signer.</exception>
    public async Task<SubmittedTransaction> SubmitAsync(CancellationToken cancellationToken = default)
    {
        if (!IsSigned)
        {
            SetSignature(await _signing.SignAsync(_prepared.Envelope.Payload, cancellationToken).ConfigureAwait(false));
        }

        var request = new SubmitRequest
        {
            TransactionId = TransactionId,
            ChannelId = ChannelName,
            PreparedTransaction = _prepared.Envelope,
        };
        await _rpc.SubmitAsync(request, _labels, cancellationToken).ConfigureAwait(false);
        var commitRequest = new CommitStatusRequest
        {
            TransactionId = TransactionId,
            ChannelId = ChannelName,
            Identity = _signing.Creator,
        };
        var signed = new SignedCommitStatusRequest { Request = commitRequest.ToByteString() };
        return new SubmittedTransaction(_rpc, _signing, signed, _labels, _result);
    }

    internal void SetSignature(ByteString signature) => _prepared.Envelope.Signature = signature;
}
