namespace Fabric.Client.Events;

/// <summary>An event a chaincode emitted from a transaction that committed VALID.</summary>
/// <param name="BlockNumber">The block holding the transaction.</param>
/// <param name="TransactionId">The transaction that emitted the event.</param>
/// <param name="ChaincodeName">The chaincode that emitted it.</param>
/// <param name="EventName">The event name the chaincode gave.</param>
/// <param name="Payload">The event payload.</param>
public sealed record ChaincodeEvent(ulong BlockNumber, string TransactionId, string ChaincodeName, string EventName, byte[] Payload);
