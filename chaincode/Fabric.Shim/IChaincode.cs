using Fabric.Protos.Peer;

namespace Fabric.Shim;

/// <summary>
/// A chaincode: the peer calls <see cref="InitAsync"/> for INIT messages and <see cref="InvokeAsync"/> for
/// TRANSACTION messages, each with a stub bound to that transaction. Calls for different transactions run
/// concurrently. A thrown exception ends the transaction with an ERROR message; return an error
/// <see cref="Response"/> (see <see cref="ChaincodeResponses.Error"/>) to fail it the usual way.
/// </summary>
public interface IChaincode
{
    /// <summary>Runs the legacy initialization of the chaincode (an INIT message).</summary>
    Task<Response> InitAsync(IChaincodeStub stub);

    /// <summary>Runs one transaction (a TRANSACTION message).</summary>
    Task<Response> InvokeAsync(IChaincodeStub stub);
}
