using Fabric.Protos.Peer;
using MutualAid.DevNetwork.Chaincode;
using MutualAid.DevNetwork.Simulation;

namespace MutualAid.DevNetwork.Endorsing;

/// <summary>The outcome of running a proposal's chaincode once, before anyone endorses it.</summary>
/// <param name="Definition">The chaincode that ran.</param>
/// <param name="Response">What the chaincode answered (or the peer's 500 when it could not run it).</param>
/// <param name="Simulator">The reads and writes it recorded.</param>
/// <param name="Event">The chaincode event, with its chaincode name and txid filled in by the peer.</param>
/// <param name="PeerFailure">True when the chaincode never completed (ERROR, timeout, unreachable).</param>
public sealed record SimulationResult(
    ChaincodeDefinition Definition, Response Response, TxSimulator Simulator, ChaincodeEvent? Event, bool PeerFailure)
{
    /// <summary>Fabric's threshold: a status of 400 or more is an error and is not endorsed.</summary>
    public bool IsSuccess => !PeerFailure && Response.Status < 400;
}
