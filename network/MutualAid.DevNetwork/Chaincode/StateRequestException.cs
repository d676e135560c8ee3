namespace MutualAid.DevNetwork.Chaincode;

/// <summary>A chaincode's state request that the peer refuses; its message goes back as ERROR.</summary>
public sealed class StateRequestException(string message) : Exception(message);
