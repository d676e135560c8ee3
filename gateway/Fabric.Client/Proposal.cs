using Fabric.Client.Errors;
using Fabric.Client.Protocol;
using Fabric.Protos.GatewayApi;
using Google.Protobuf;
using Grpc.Core;

namespace Fabric.Client;

/// <summary>
/// A transaction proposal: step one of a transaction. Evaluate it (a query, nothing is written) or
/// endorse it (giving the <see cref="Transaction"/> to submit). For offline signing, sign
/// <see cref="Digest"/> elsewhere and rebuild with <see cref="Gateway.NewSignedProposal"/>.
/// </summary>
public sealed class Proposal
{
    private readonly GatewayRpc _rpc;
    private readonly SigningContext _signing;
    private readonly ProposedTransaction _proposed;
    private readonly TransactionLabels _labels;

    internal Proposal(GatewayRpc rpc, SigningContext signing, ProposedTransaction proposed, TransactionLabels labels)
    {
        _rpc = rpc;
        _signing = signing;
        _proposed = proposed;
        _labels = labels;
    }

    /// <summary>The transaction id, hex SHA-256(nonce ‖ creator).</summary>
    public string TransactionId => _proposed.TransactionId;

    /// <summary>The channel the proposal is for.</summary>
    public string ChannelName => _labels.Channel;

    /// <summary>The serialized <c>gateway.ProposedTransaction</c> (signed proposal and endorsing organizations).</summary>
    public byte[] Bytes => _proposed.ToByteArray();

    /// <summary>SHA-256 of the proposal bytes: what the signer signs.</summary>
    public byte[] Digest => SigningContext.Digest(_proposed.Proposal.ProposalBytes);

    /// <summary>True once the proposal carries a signature.</summary>
    public bool IsSigned => !_proposed.Proposal.Signature.IsEmpty;

    internal TransactionLabels Labels => _labels;

    /// <summary>Runs the proposal on a peer without ordering it and returns the chaincode's result (empty if none).</summary>
    /// <exception cref="EvaluateException">The gateway or the chaincode failed (see its status and details).</exception>
    /// <exception cref="InvalidOperationException">The proposal is unsigned and the gateway has no signer.</exception>
    public async Task<byte[]> EvaluateAsync(CancellationToken cancellationToken = default)
    {
        await SignAsync(cancellationToken).ConfigureAwait(false);
        var request = new EvaluateRequest
        {
            TransactionId = TransactionId,
            ChannelId = ChannelName,
            ProposedTransaction = _proposed.Proposal,
        };
        request.TargetOrganizations.Add(_proposed.EndorsingOrganizations);
        var response = await _rpc.EvaluateAsync(request, _labels, cancellationToken).ConfigureAwait(false);
        return response.Result?.Payload.ToByteArray() ?? [];
    }

    /// <summary>Collects the endorsements the policy needs and returns the endorsed, still unsigned transaction.</summary>
    /// <exception cref="EndorseException">Endorsement failed (ABORTED with per-peer details when the chaincode failed).</exception>
    /// <exception cref="InvalidOperationException">The proposal is unsigned and the gateway has no signer.</exception>
    public async Task<Transaction> EndorseAsync(CancellationToken cancellationToken = default)
    {
        await SignAsync(cancellationToken).ConfigureAwait(false);
        var request = new EndorseRequest
        {
            TransactionId = TransactionId,
            ChannelId = ChannelName,
            ProposedTransaction = _proposed.Proposal,
        };
        request.EndorsingOrganizations.Add(_proposed.EndorsingOrganizations);
        var response = await _rpc.EndorseAsync(request, _labels, cancellationToken).ConfigureAwait(false);
        try
        {
            var prepared = new PreparedTransaction
            {
                TransactionId = TransactionId,
                Envelope = response.PreparedTransaction ?? throw new FormatException("the response has no transaction envelope"),
            };
            return new Transaction(_rpc, _signing, prepared);
        }
        catch (FormatException ex)
        {
            throw new EndorseException(
                $"Endorse returned an unreadable transaction for {TransactionId}: {ex.Message}", StatusCode.Internal, [], TransactionId, ex);
        }
    }

    internal void SetSignature(ByteString signature) => _proposed.Proposal.Signature = signature;

    private async ValueTask SignAsync(CancellationToken cancellationToken)
    {
        if (!IsSigned)
        {
            SetSignature(await _signing.SignAsync(_proposed.Proposal.ProposalBytes, cancellationToken).ConfigureAwait(false));
        }
    }
}
