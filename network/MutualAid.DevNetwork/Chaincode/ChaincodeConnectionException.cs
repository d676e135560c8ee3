namespace MutualAid.DevNetwork.Chaincode;

/// <summary>A chaincode server could not be reached or did not register as expected.</summary>
public sealed class ChaincodeConnectionException(string address, string reason, Exception? inner = null)
    : Exception($"could not connect to chaincode at {address}: {reason}", inner)
{
    /// <summary>The address dialled.</summary>
    public string Address { get; } = address;
}
