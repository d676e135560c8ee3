using Fabric.Protos.Common;
using Fabric.Protos.Ledger.KvRwset;
using Fabric.Protos.Ledger.QueryResult;
using Fabric.Protos.Ledger.Rwset;
using Fabric.Protos.Peer;
using Google.Protobuf;
using KvVersion = Fabric.Protos.Ledger.KvRwset.Version;

namespace Fabric.Protos.Tests.Catalogue;

// Read/write sets, query results and the transaction envelope.
public sealed partial class WireCatalogue
{
    private static KVRead Read(string key, KvVersion? version = null)
    {
        var read = new KVRead { Key = key };
        if (version is not null)
        {
            read.Version = version;
        }

        return read;
    }

    private static KvVersion VersionAt(ulong block, ulong tx) => new() { BlockNum = block, TxNum = tx };

    private static KVMetadataEntry MetadataEntry(string name, string value) => new() { Name = name, Value = Utf8(value) };

    private void AddReadWriteSets()
    {
        const WireFamily family = WireFamily.Transaction;
        var kvRwSet = Add(family, "KVRWSet", new KVRWSet
        {
            Reads = { Read("pool~disaster", VersionAt(12, 3)), Read("member~absent") },
            RangeQueriesInfo =
            {
                new RangeQueryInfo
                {
                    StartKey = "claim~",
                    EndKey = "claim~~",
                    ItrExhausted = true,
                    RawReads = new QueryReads { KvReads = { Read("claim~1", VersionAt(10, 0)), Read("claim~2", VersionAt(11, 4)) } },
                },
                new RangeQueryInfo
                {
                    StartKey = "payout~",
                    EndKey = "payout~~",
                    ReadsMerkleHashes = new QueryReadsMerkleSummary
                    {
                        MaxDegree = 4,
                        MaxLevel = 2,
                        MaxLevelHashes = { Utf8("level-hash-1"), Utf8("level-hash-2") },
                    },
                },
            },
            Writes =
            {
                new KVWrite { Key = "claim~7", Value = Utf8("{\"status\":\"SUBMITTED\"}") },
                new KVWrite { Key = "claim~6", IsDelete = true },
            },
            MetadataWrites =
            {
                new KVMetadataWrite { Key = "claim~7", Entries = { MetadataEntry("VALIDATION_PARAMETER", "key-level-policy") } },
            },
        });
        var hashedRwSet = Add(family, "HashedRWSet", new HashedRWSet
        {
            HashedReads = { new KVReadHash { KeyHash = Utf8("hash-of-medical~7"), Version = VersionAt(9, 1) } },
            HashedWrites =
            {
                new KVWriteHash { KeyHash = Utf8("hash-of-medical~7"), ValueHash = Utf8("hash-of-value") },
                new KVWriteHash { KeyHash = Utf8("hash-of-medical~6"), IsDelete = true, IsPurge = true },
            },
            MetadataWrites =
            {
                new KVMetadataWriteHash
                {
                    KeyHash = Utf8("hash-of-medical~7"),
                    Entries = { MetadataEntry("VALIDATION_PARAMETER_V2", "collection-policy") },
                },
            },
        });
        Add(family, "TxReadWriteSet", new TxReadWriteSet
        {
            DataModel = TxReadWriteSet.Types.DataModel.Kv,
            NsRwset =
            {
                new NsReadWriteSet
                {
                    Namespace = "mutualaid",
                    Rwset = kvRwSet.ToByteString(),
                    CollectionHashedRwset =
                    {
                        new CollectionHashedReadWriteSet
                        {
                            CollectionName = "medical",
                            HashedRwset = hashedRwSet.ToByteString(),
                            PvtRwsetHash = Utf8("private-rwset-hash"),
                        },
                    },
                },
            },
        });
        Add(family, "TxPvtReadWriteSet", new TxPvtReadWriteSet
        {
            NsPvtRwset =
            {
                new NsPvtReadWriteSet
                {
                    Namespace = "mutualaid",
                    CollectionPvtRwset = { new CollectionPvtReadWriteSet { CollectionName = "medical", Rwset = kvRwSet.ToByteString() } },
                },
            },
        });
        Add(family, "KV", new KV { Namespace = "mutualaid", Key = "pool~disaster", Value = Utf8("{\"balance\":1000000}") });
        Add(family, "KeyModification", new KeyModification
        {
            TxId = TxId,
            Value = Utf8("{\"status\":\"APPROVED\"}"),
            Timestamp = At(1767225700, 456000000),
            IsDelete = true,
        });
    }

    private void AddTransactions()
    {
        const WireFamily family = WireFamily.Transaction;
        var endorsedAction = Add(family, "ChaincodeEndorsedAction", new ChaincodeEndorsedAction
        {
            ProposalResponsePayload = Entry<ProposalResponsePayload>("ProposalResponsePayload").ToByteString(),
            Endorsements = { Entry<Endorsement>("Endorsement"), EndorsementBy("ReliefMSP", "relief-endorsement") },
        });
        var actionPayload = Add(family, "ChaincodeActionPayload", new ChaincodeActionPayload
        {
            ChaincodeProposalPayload = Entry<ChaincodeProposalPayload>("ChaincodeProposalPayload.WithoutTransientMap").ToByteString(),
            Action = endorsedAction,
        });
        var transactionAction = Add(family, "TransactionAction", new TransactionAction
        {
            Header = Entry<SignatureHeader>("SignatureHeader").ToByteString(),
            Payload = actionPayload.ToByteString(),
        });
        var transaction = Add(family, "Transaction", new Transaction
        {
            Actions =
            {
                transactionAction,
                new TransactionAction { Header = Utf8("second-header"), Payload = Utf8("second-payload") },
            },
        });
        var payload = Add(family, "Payload", new Payload
        {
            Header = Entry<Header>("Header"),
            Data = transaction.ToByteString(),
        });
        var envelope = Add(family, "Envelope", new Envelope
        {
            Payload = payload.ToByteString(),
            Signature = Utf8("submitter-signature"),
        });
        Add(family, "ProcessedTransaction", new ProcessedTransaction
        {
            TransactionEnvelope = envelope,
            ValidationCode = (int)TxValidationCode.MvccReadConflict,
        });
    }
}
