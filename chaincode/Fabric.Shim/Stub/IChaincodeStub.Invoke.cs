using Fabric.Protos.Peer;

namespace Fabric.Shim;

/// <summary>Chaincode-to-chaincode calls.</summary>
public partial interface IChaincodeStub
{
    /// <summary>
    /// Calls another chaincode in this transaction (same txid, proposal and simulation). Use
    /// <paramref name="channel"/> to read another channel's chaincode (its writes are then discarded).
    /// Returns the called chaincode's Response, error statuses included.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="chaincodeName"/> is empty.</exception>
    /// <exception cref="Errors.PeerRequestException">The peer refused the call, or the called chaincode answered ERROR.</exception>
    Task<Response> InvokeChaincodeAsync(string chaincodeName, IEnumerable<ReadOnlyMemory<byte>> args, string channel = "");
}
