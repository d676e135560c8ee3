using Fabric.Protos.Common;
using Fabric.Protos.Ledger.Rwset;
using Fabric.Protos.Orderer;
using Fabric.Protos.Peer;
using OrdererDeliverResponse = Fabric.Protos.Orderer.DeliverResponse;
using PeerDeliverResponse = Fabric.Protos.Peer.DeliverResponse;
using Status = Fabric.Protos.Common.Status;

namespace Fabric.Protos.Tests.Catalogue;

// Seek requests and the Deliver responses of orderers and peers.
public sealed partial class WireCatalogue
{
    private void AddDeliver()
    {
        const WireFamily family = WireFamily.Deliver;
        var block = Entry<Block>("Block");
        Add(family, "SeekInfo", new SeekInfo
        {
            Start = PositionOf("Specified"),
            Stop = PositionOf("Newest"),
            Behavior = SeekInfo.Types.SeekBehavior.FailIfNotReady,
            ErrorResponse = SeekInfo.Types.SeekErrorResponse.BestEffort,
            ContentType = SeekInfo.Types.SeekContentType.HeaderWithSig,
        });
        Add(family, "BroadcastResponse", new BroadcastResponse { Status = Status.ServiceUnavailable, Info = "no Raft leader" });
        Add(family, "OrdererDeliverResponse.Status", new OrdererDeliverResponse { Status = Status.NotFound });
        Add(family, "OrdererDeliverResponse.Block", new OrdererDeliverResponse { Block = block });
        Add(family, "DeliverResponse.Status", new PeerDeliverResponse { Status = Status.Forbidden });
        Add(family, "DeliverResponse.Block", new PeerDeliverResponse { Block = block });
        var filteredBlock = Add(family, "FilteredBlock", new FilteredBlock
        {
            ChannelId = ChannelId,
            Number = 42,
            FilteredTransactions =
            {
                new FilteredTransaction
                {
                    Txid = TxId,
                    Type = HeaderType.EndorserTransaction,
                    TxValidationCode = TxValidationCode.MvccReadConflict,
                    TransactionActions = new FilteredTransactionActions
                    {
                        ChaincodeActions = { new FilteredChaincodeAction { ChaincodeEvent = Entry<ChaincodeEvent>("ChaincodeEvent") } },
                    },
                },
                new FilteredTransaction
                {
                    Txid = "config-tx",
                    Type = HeaderType.Config,
                    TxValidationCode = TxValidationCode.InvalidOtherReason,
                },
            },
        });
        Add(family, "DeliverResponse.FilteredBlock", new PeerDeliverResponse { FilteredBlock = filteredBlock });
        var privateData = Entry<TxPvtReadWriteSet>("TxPvtReadWriteSet");
        var withPrivateData = Add(family, "BlockAndPrivateData", new BlockAndPrivateData
        {
            Block = block,
            // Keys are non-zero: Node writes a zero map key explicitly where .NET omits it (both decode
            // alike), which would defeat the byte-for-byte comparison.
            PrivateDataMap = { [1] = privateData, [3] = privateData },
        });
        Add(family, "DeliverResponse.BlockAndPrivateData", new PeerDeliverResponse { BlockAndPrivateData = withPrivateData });
    }
}
