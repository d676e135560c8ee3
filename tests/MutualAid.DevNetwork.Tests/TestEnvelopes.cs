using Fabric.Protos.Common;
using Fabric.Protos.Ledger.KvRwset;
using Fabric.Protos.Ledger.Rwset;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using MutualAid.DevNetwork.Blocks;

namespace MutualAid.DevNetwork.Tests;

/// <summary>Builds well-formed (unsigned) endorser transactions and blocks for ledger tests.</summary>
internal static class TestEnvelopes
{
    public static ByteString Transaction(string txId, string ns, IEnumerable<(string Key, string? Value)> writes, string? eventName = null)
    {
        var kv = new KVRWSet();
        foreach (var (key, value) in writes)
        {
            kv.Writes.Add(value is null ? new KVWrite { Key = key, IsDelete = true } : new KVWrite { Key = key, Value = ByteString.CopyFromUtf8(value) });
        }

        var rwset = new TxReadWriteSet();
        rwset.NsRwset.Add(new NsReadWriteSet { Namespace = ns, Rwset = kv.ToByteString() });
        var action = new ChaincodeAction
        {
            Results = rwset.ToByteString(),
            Response = new Response { Status = 200 },
            ChaincodeId = new ChaincodeID { Name = ns },
            Events = eventName is null ? ByteString.Empty
                : new ChaincodeEvent { ChaincodeId = ns, TxId = txId, EventName = eventName, Payload = ByteString.CopyFromUtf8(txId) }.ToByteString(),
        };
        var signatureHeader = new SignatureHeader { Creator = ByteString.CopyFromUtf8("creator"), Nonce = ByteString.CopyFromUtf8("nonce") }.ToByteString();
        var channelHeader = new ChannelHeader
        {
            Type = (int)HeaderType.EndorserTransaction,
            ChannelId = "mutualaid",
            TxId = txId,
            Timestamp = new Timestamp { Seconds = 1_700_000_000 },
            Extension = new ChaincodeHeaderExtension { ChaincodeId = new ChaincodeID { Name = ns } }.ToByteString(),
        }.ToByteString();
        var actionPayload = new ChaincodeActionPayload
        {
            ChaincodeProposalPayload = ByteString.CopyFromUtf8("input"),
            Action = new ChaincodeEndorsedAction
            {
                ProposalResponsePayload = new ProposalResponsePayload { ProposalHash = ByteString.CopyFromUtf8("hash"), Extension = action.ToByteString() }.ToByteString(),
            },
        };
        var transaction = new Fabric.Protos.Peer.Transaction();
        transaction.Actions.Add(new TransactionAction { Header = signatureHeader, Payload = actionPayload.ToByteString() });
        var payload = new Payload
        {
            Header = new Header { ChannelHeader = channelHeader, SignatureHeader = signatureHeader },
            Data = transaction.ToByteString(),
        };
        return new Envelope { Payload = payload.ToByteString(), Signature = ByteString.CopyFromUtf8("sig") }.ToByteString();
    }

    public static Block Block(ulong number, byte[] previousHash, IReadOnlyList<ByteString> envelopes, IReadOnlyList<TxValidationCode> codes)
    {
        var block = new Block
        {
            Header = new BlockHeader
            {
                Number = number,
                PreviousHash = ByteString.CopyFrom(previousHash),
                DataHash = ByteString.CopyFrom(BlockHashing.DataHash(envelopes.Select(e => e.Memory))),
            },
            Data = new BlockData(),
            Metadata = new BlockMetadata(),
        };
        block.Data.Data.AddRange(envelopes);
        for (var i = 0; i < 5; i++)
        {
            block.Metadata.Metadata.Add(ByteString.Empty);
        }

        block.Metadata.Metadata[(int)BlockMetadataIndex.TransactionsFilter] = ByteString.CopyFrom(codes.Select(c => (byte)c).ToArray());
        return block;
    }
}
