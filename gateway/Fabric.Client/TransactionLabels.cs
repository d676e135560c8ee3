namespace Fabric.Client;

/// <summary>What a transaction is about, for spans and metrics: its id, channel, chaincode and function.</summary>
/// <param name="TransactionId">The transaction id, or null for requests that have none.</param>
/// <param name="Channel">The channel name.</param>
/// <param name="Chaincode">The chaincode name, when known.</param>
/// <param name="Function">The transaction function (with contract prefix), when known.</param>
internal sealed record TransactionLabels(string? TransactionId, string Channel, string? Chaincode, string? Function);
