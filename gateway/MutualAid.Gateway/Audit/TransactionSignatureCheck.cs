using Fabric.Msp.Verification;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace MutualAid.Gateway.Audit;

/// <summary>
/// The signatures inside one envelope of a block: for an endorser transaction, the creator's signature over
/// <c>Envelope.payload</c> and each endorsement's signature over <c>proposal_response_payload ‖ endorser</c>.
/// Other envelopes (configuration) are not transactions of the chaincode and are skipped.
/// </summary>
public static class TransactionSignatureCheck
{
    /// <summary>The outcome for one envelope: whether it was an endorser transaction, and the first failure.</summary>
    /// <param name="IsEndorserTransaction">True when the envelope is an endorser transaction (and was checked).</param>
    /// <param name="Check">The failed check (<see cref="AuditCheck"/>), or null.</param>
    /// <param name="Detail">Why it failed, or null.</param>
    /// <param name="Header">The endorser transaction's id, creator and timestamp, once they could be read.</param>
    public readonly record struct Outcome(bool IsEndorserTransaction, string? Check, string? Detail, Stamp? Header = null);

    /// <summary>Who wrote an endorser transaction, and when it says it did.</summary>
    /// <param name="TransactionId">The transaction id.</param>
    /// <param name="Creator">The serialized creator identity.</param>
    /// <param name="Timestamp">The channel header's timestamp, or null when it is missing or not a valid protobuf Timestamp.</param>
    public readonly record struct Stamp(string TransactionId, ByteString Creator, DateTimeOffset? Timestamp);

    /// <summary>Checks envelope <paramref name="index"/> of a block.</summary>
    public static Outcome Check(ByteString envelopeBytes, int index, SignatureVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(envelopeBytes);
        Envelope envelope;
        Payload payload;
        ChannelHeader channelHeader;
        SignatureHeader signatureHeader;
        try
        {
            envelope = Envelope.Parser.ParseFrom(envelopeBytes);
            payload = Payload.Parser.ParseFrom(envelope.Payload);
            channelHeader = ChannelHeader.Parser.ParseFrom(payload.Header.ChannelHeader);
            signatureHeader = SignatureHeader.Parser.ParseFrom(payload.Header.SignatureHeader);
        }
        catch (Exception ex) when (ex is InvalidProtocolBufferException or NullReferenceException)
        {
            return new Outcome(false, AuditCheck.BlockStructure, $"envelope {index} cannot be read: {ex.Message}");
        }

        if (channelHeader.Type != (int)HeaderType.EndorserTransaction)
        {
            return new Outcome(false, null, null);
        }

        var transactionId = channelHeader.TxId;
        var stamp = new Stamp(transactionId, signatureHeader.Creator, TimestampOf(channelHeader));
        if (SignatureCheck.Failure(verifier, signatureHeader.Creator.Span, envelope.Payload.Span, envelope.Signature.Span, null) is { } creatorFailure)
        {
            return new Outcome(true, AuditCheck.CreatorSignature, $"transaction {index} ({transactionId}): {creatorFailure}");
        }

        Transaction transaction;
        try
        {
            transaction = Transaction.Parser.ParseFrom(payload.Data);
        }
        catch (InvalidProtocolBufferException ex)
        {
            return new Outcome(true, AuditCheck.BlockStructure, $"transaction {index} ({transactionId}) cannot be read: {ex.Message}");
        }

        foreach (var action in transaction.Actions)
        {
            ChaincodeActionPayload actionPayload;
            try
            {
                actionPayload = ChaincodeActionPayload.Parser.ParseFrom(action.Payload);
            }
            catch (InvalidProtocolBufferException ex)
            {
                return new Outcome(true, AuditCheck.BlockStructure, $"transaction {index} ({transactionId}) has an unreadable action: {ex.Message}");
            }

            var endorsed = actionPayload.Action;
            if (endorsed is null || endorsed.Endorsements.Count == 0)
            {
                return new Outcome(true, AuditCheck.EndorsementSignature, $"transaction {index} ({transactionId}) carries no endorsement");
            }

            foreach (var endorsement in endorsed.Endorsements)
            {
                var signed = SignatureCheck.Concat(endorsed.ProposalResponsePayload, endorsement.Endorser);
                if (SignatureCheck.Failure(verifier, endorsement.Endorser.Span, signed, endorsement.Signature.Span, null) is { } failure)
                {
                    return new Outcome(true, AuditCheck.EndorsementSignature, $"transaction {index} ({transactionId}): {failure}");
                }
            }
        }

        return new Outcome(true, null, null, stamp);
    }

    private static DateTimeOffset? TimestampOf(ChannelHeader header)
    {
        try
        {
            return header.Timestamp?.ToDateTimeOffset();
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
