using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using MutualAid.DevNetwork.Ledger;
using MutualAid.DevNetwork.Transactions;

namespace MutualAid.DevNetwork.Events;

/// <summary>What a committed block tells event listeners: chaincode events and filtered blocks.</summary>
public static class BlockEvents
{
    /// <summary>
    /// The chaincode events of the block's VALID transactions for <paramref name="chaincodeName"/>,
    /// in block order (the gateway's ChaincodeEvents rules). With <paramref name="afterTxId"/> found
    /// in the block, events up to and including that transaction are skipped.
    /// </summary>
    public static IReadOnlyList<ChaincodeEvent> ChaincodeEvents(Block block, string chaincodeName, string? afterTxId = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        var codes = ChannelLedger.ValidationCodes(block);
        var events = new List<ChaincodeEvent>();
        for (var i = 0; i < block.Data.Data.Count; i++)
        {
            var transaction = EndorserTransactionParser.Parse(block.Data.Data[i], out _);
            if (transaction is null)
            {
                continue;
            }

            if (afterTxId is not null && transaction.TxId == afterTxId)
            {
                events.Clear();
                continue;
            }

            var chaincodeEvent = transaction.Event;
            if (codes[i] == TxValidationCode.Valid && chaincodeEvent is not null
                && chaincodeEvent.EventName.Length > 0 && chaincodeEvent.TxId.Length > 0
                && chaincodeEvent.ChaincodeId == chaincodeName)
            {
                events.Add(chaincodeEvent);
            }
        }

        return events;
    }

    /// <summary>The block as DeliverFiltered sends it: ids, types, codes and event names without payloads.</summary>
    public static FilteredBlock Filtered(string channelId, Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var filtered = new FilteredBlock { ChannelId = channelId, Number = block.Header.Number };
        var codes = ChannelLedger.ValidationCodes(block);
        for (var i = 0; i < block.Data.Data.Count; i++)
        {
            var transaction = EndorserTransactionParser.Parse(block.Data.Data[i], out _);
            if (transaction is null)
            {
                continue;
            }

            var entry = new FilteredTransaction
            {
                Txid = transaction.TxId,
                Type = (HeaderType)transaction.ChannelHeader.Type,
                TxValidationCode = codes[i],
                TransactionActions = new FilteredTransactionActions(),
            };
            if (transaction.Event is { } chaincodeEvent)
            {
                entry.TransactionActions.ChaincodeActions.Add(new FilteredChaincodeAction
                {
                    ChaincodeEvent = new ChaincodeEvent
                    {
                        ChaincodeId = chaincodeEvent.ChaincodeId,
                        TxId = chaincodeEvent.TxId,
                        EventName = chaincodeEvent.EventName,
                    },
                });
            }

            filtered.FilteredTransactions.Add(entry);
        }

        return filtered;
    }
}
