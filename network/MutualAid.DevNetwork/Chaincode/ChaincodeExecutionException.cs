namespace MutualAid.DevNetwork.Chaincode;

/// <summary>A transaction could not be executed by the chaincode (timeout, stream lost).</summary>
public sealed class ChaincodeExecutionException(string message, Exception? inner = null) : Exception(message, inner);
