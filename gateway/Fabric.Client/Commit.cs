using Fabric.Client.Errors;
using Fabric.Client.Protocol;
using Fabric.Protos.GatewayApi;
using Google.Protobuf;

namespace Fabric.Client;

/// <summary>
/// A signed request for a transaction's commit status, step four: <see cref="GetStatusAsync"/> waits
/// until the transaction commits (bounded by the commit-status deadline). For offline signing, sign
/// <see cref="Digest"/> elsewhere and rebuild with <see cref="Gateway.NewSignedCommit"/>.
/// </summary>
public class Commit
{
    private readonly GatewayRpc _rpc;
    private readonly SigningContext _signing;
    private readonly SignedCommitStatusRequest _request;
    private readonly TransactionLabels _labels;

    internal Commit(GatewayRpc rpc, SigningContext signing, SignedCommitStatusRequest request, TransactionLabels labels)
    {
        _rpc = rpc;
        _signing = signing;
        _request = request;
        _labels = labels;
    }

    /// <summary>The transaction id.</summary>
    public string TransactionId => _labels.TransactionId!;

    /// <summary>The serialized <c>gateway.SignedCommitStatusRequest</c>.</summary>
    public byte[] Bytes => _request.ToByteArray();

    /// <summary>SHA-256 of the serialized CommitStatusRequest: what the signer signs.</summary>
    public byte[] Digest => SigningContext.Digest(_request.Request);

    /// <summary>True once the request carries a signature.</summary>
    public bool IsSigned => !_request.Signature.IsEmpty;

    /// <summary>Waits for the transaction to commit and returns its status (VALID or the reason it is invalid).</summary>
    /// <exception cref="CommitStatusException">The wait failed or timed out (retried per the commit-status pipeline).</exception>
    /// <exception cref="InvalidOperationException">The request is unsigned and the gateway has no signer.</exception>
    public async Task<TransactionStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        if (!IsSigned)
        {
            SetSignature(await _signing.SignAsync(_request.Request, cancellationToken).ConfigureAwait(false));
        }

        var response = await _rpc.CommitStatusAsync(_request, _labels, cancellationToken).ConfigureAwait(false);
        return new TransactionStatus(TransactionId, response.Result, response.BlockNumber);
    }

    internal void SetSignature(ByteString signature) => _request.Signature = signature;
}
