using Fabric.Msp.Identities;
using Fabric.Msp.Transactions;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Google.Protobuf;
using MutualAid.DevNetwork.Access;
using MutualAid.DevNetwork.Chaincode;
using MutualAid.DevNetwork.Channels;
using MutualAid.DevNetwork.Endorsing;
using MutualAid.DevNetwork.Policies;
using MutualAid.DevNetwork.Transactions;

namespace MutualAid.DevNetwork.Validation;

/// <summary>
/// The committer's validation of an ordered block, transaction by transaction in Fabric's order:
/// structure, creator signature, transaction id, proposal hash, duplicate id, endorsement policy,
/// then MVCC against committed state and the earlier valid transactions of the same block.
/// </summary>
public sealed class BlockValidator(Membership membership, ChannelContext channel)
{
    private readonly MvccValidator _mvcc = new(channel.Ledger.State);

    /// <summary>
    /// One validation code per transaction, the writes of the valid ones, and each transaction as
    /// parsed (null where it did not parse) so that committing need not parse it again.
    /// </summary>
    public BlockValidation Validate(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var count = block.Data.Data.Count;
        var parsed = new EndorserTransaction?[count];
        var codes = new TxValidationCode[count];

        // Signatures and policies are independent per transaction: check them on every core.
        Parallel.For(0, count, i =>
        {
            parsed[i] = EndorserTransactionParser.Parse(block.Data.Data[i], out var code);
            codes[i] = parsed[i] is { } transaction ? ValidateAlone(transaction) : code;
        });

        // Duplicates within the block and MVCC depend on the transactions before: in order.
        var updates = new BlockUpdates(block.Header.Number);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (parsed[i] is not { } transaction)
            {
                continue;
            }

            if (codes[i] == TxValidationCode.Valid && !seen.Add(transaction.TxId))
            {
                codes[i] = TxValidationCode.DuplicateTxid;
            }

            if (codes[i] == TxValidationCode.Valid)
            {
                codes[i] = CheckMvcc(transaction, updates);
            }

            if (codes[i] == TxValidationCode.Valid)
            {
                updates.Add((ulong)i, WriteSetReader.Writes(transaction));
            }
        }

        return new BlockValidation(codes, updates, parsed);
    }

    /// <summary>The checks that need nothing but the transaction and committed state.</summary>
    private TxValidationCode ValidateAlone(EndorserTransaction transaction)
    {
        if (transaction.ChannelHeader.ChannelId != channel.Name)
        {
            return TxValidationCode.TargetChainNotFound;
        }

        if (!membership.TryResolve(transaction.SignatureHeader.Creator, out var creator, out _, out _)
            || !membership.Verify(creator, transaction.Envelope.Payload.Span, transaction.Envelope.Signature.Span))
        {
            return TxValidationCode.BadCreatorSignature;
        }

        var header = transaction.SignatureHeader;
        if (transaction.TxId != TransactionId.Compute(header.Nonce.Span, header.Creator.Span))
        {
            return TxValidationCode.BadProposalTxid;
        }

        var proposalHash = ProposalUnpacker.Hash(transaction.ChannelHeaderBytes, transaction.SignatureHeaderBytes, transaction.ChaincodeProposalPayloadBytes);
        if (!transaction.ProposalHash.Span.SequenceEqual(proposalHash))
        {
            return TxValidationCode.InvalidEndorserTransaction;
        }

        if (channel.Ledger.Transactions.Contains(transaction.TxId))
        {
            return TxValidationCode.DuplicateTxid;
        }

        var policies = RequiredPolicies.For(transaction.Namespaces, transaction.ChaincodeName, channel);
        if (policies is null)
        {
            return TxValidationCode.InvalidChaincode;
        }

        var endorsers = ValidEndorsers(transaction);
        return policies.All(p => SignaturePolicyEvaluator.IsSatisfied<X509Identity>(p, endorsers, membership.Satisfies))
            ? TxValidationCode.Valid
            : TxValidationCode.EndorsementPolicyFailure;
    }

    private TxValidationCode CheckMvcc(EndorserTransaction transaction, BlockUpdates updates)
    {
        foreach (var ns in transaction.Namespaces)
        {
            var code = _mvcc.Validate(ns.Namespace, ns.Public, updates);
            foreach (var (collection, hashed) in ns.Collections)
            {
                if (code == TxValidationCode.Valid)
                {
                    code = _mvcc.ValidateHashed(CollectionDefinition.HashedNamespace(ns.Namespace, collection), hashed, updates);
                }
            }

            if (code != TxValidationCode.Valid)
            {
                return code;
            }
        }

        return TxValidationCode.Valid;
    }

    /// <summary>Distinct endorsers whose signature over (response payload ‖ endorser) verifies.</summary>
    private List<X509Identity> ValidEndorsers(EndorserTransaction transaction)
    {
        var endorsers = new List<X509Identity>();
        foreach (var endorsement in transaction.Endorsements)
        {
            if (!membership.TryResolve(endorsement.Endorser, out var endorser, out _, out _) || endorsers.Contains(endorser))
            {
                continue;
            }

            var signed = EndorsementMessage(transaction.ProposalResponsePayloadBytes, endorsement.Endorser.Span);
            if (membership.Verify(endorser, signed, endorsement.Signature.Span))
            {
                endorsers.Add(endorser);
            }
        }

        return endorsers;
    }

    /// <summary>The bytes an endorser signs: the proposal response payload followed by its serialized identity.</summary>
    public static byte[] EndorsementMessage(ByteString responsePayload, ReadOnlySpan<byte> endorser)
    {
        ArgumentNullException.ThrowIfNull(responsePayload);
        var message = new byte[responsePayload.Length + endorser.Length];
        responsePayload.Span.CopyTo(message);
        endorser.CopyTo(message.AsSpan(responsePayload.Length));
        return message;
    }
}
