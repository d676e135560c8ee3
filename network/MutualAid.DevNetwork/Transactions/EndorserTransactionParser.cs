using Fabric.Protos.Common;
using Fabric.Protos.Ledger.Rwset;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace MutualAid.DevNetwork.Transactions;

/// <summary>
/// Unpacks an ordered envelope into an <see cref="EndorserTransaction"/>, or says which validation
/// code a malformed one earns, following the order of Fabric's committer checks.
/// </summary>
public static class EndorserTransactionParser
{
    /// <summary>Parses <paramref name="envelopeBytes"/>; on failure returns null and the code.</summary>
    public static EndorserTransaction? Parse(ByteString envelopeBytes, out TxValidationCode code)
    {
        ArgumentNullException.ThrowIfNull(envelopeBytes);
        code = TxValidationCode.Valid;
        if (!TryParse(envelopeBytes, Envelope.Parser, out var envelope) || envelope.Payload.IsEmpty)
        {
            code = TxValidationCode.NilEnvelope;
            return null;
        }

        if (!TryParse(envelope.Payload, Payload.Parser, out var payload) || payload.Header is null)
        {
            code = TxValidationCode.BadPayload;
            return null;
        }

        if (!TryParse(payload.Header.ChannelHeader, ChannelHeader.Parser, out var channelHeader))
        {
            code = TxValidationCode.BadChannelHeader;
            return null;
        }

        if (!TryParse(payload.Header.SignatureHeader, SignatureHeader.Parser, out var signatureHeader)
            || signatureHeader.Creator.IsEmpty || signatureHeader.Nonce.IsEmpty)
        {
            code = TxValidationCode.BadCommonHeader;
            return null;
        }

        if (channelHeader.Type != (int)HeaderType.EndorserTransaction)
        {
            code = TxValidationCode.UnknownTxType;
            return null;
        }

        if (!TryParse(channelHeader.Extension, ChaincodeHeaderExtension.Parser, out var extension)
            || string.IsNullOrEmpty(extension.ChaincodeId?.Name))
        {
            code = TxValidationCode.BadHeaderExtension;
            return null;
        }

        if (!TryParse(payload.Data, Transaction.Parser, out var transaction) || transaction.Actions.Count == 0)
        {
            code = TxValidationCode.NilTxaction;
            return null;
        }

        var action = transaction.Actions.Count == 1 ? transaction.Actions[0] : null;
        if (action is null || action.Header != payload.Header.SignatureHeader
            || !TryParse(action.Payload, ChaincodeActionPayload.Parser, out var actionPayload)
            || actionPayload.Action is null)
        {
            code = TxValidationCode.InvalidEndorserTransaction;
            return null;
        }

        if (!TryParse(actionPayload.Action.ProposalResponsePayload, ProposalResponsePayload.Parser, out var responsePayload)
            || !TryParse(responsePayload.Extension, ChaincodeAction.Parser, out var chaincodeAction))
        {
            code = TxValidationCode.BadResponsePayload;
            return null;
        }

        if (!TryParse(chaincodeAction.Results, TxReadWriteSet.Parser, out var rwset))
        {
            code = TxValidationCode.BadRwset;
            return null;
        }

        ChaincodeEvent? chaincodeEvent = null;
        if (!chaincodeAction.Events.IsEmpty)
        {
            if (!TryParse(chaincodeAction.Events, ChaincodeEvent.Parser, out var parsedEvent))
            {
                code = TxValidationCode.BadResponsePayload;
                return null;
            }

            chaincodeEvent = parsedEvent;
        }

        return new EndorserTransaction
        {
            Envelope = envelope,
            ChannelHeader = channelHeader,
            ChannelHeaderBytes = payload.Header.ChannelHeader,
            SignatureHeader = signatureHeader,
            SignatureHeaderBytes = payload.Header.SignatureHeader,
            ChaincodeName = extension.ChaincodeId!.Name,
            ChaincodeProposalPayloadBytes = actionPayload.ChaincodeProposalPayload,
            ProposalResponsePayloadBytes = actionPayload.Action.ProposalResponsePayload,
            ProposalHash = responsePayload.ProposalHash,
            Action = chaincodeAction,
            ReadWriteSet = rwset,
            Event = chaincodeEvent,
            Endorsements = actionPayload.Action.Endorsements,
        };
    }

    private static bool TryParse<T>(ByteString bytes, MessageParser<T> parser, out T message)
        where T : IMessage<T>
    {
        try
        {
            message = parser.ParseFrom(bytes);
            return true;
        }
        catch (InvalidProtocolBufferException)
        {
            message = default!;
            return false;
        }
    }
}
