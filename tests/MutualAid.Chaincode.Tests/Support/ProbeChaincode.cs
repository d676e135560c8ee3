using System.Text;
using Fabric.Protos.Peer;
using Fabric.Shim;
using MutualAid.Chaincode.Execution;
using MutualAid.Chaincode.Ledger;

namespace MutualAid.Chaincode.Tests.Support;

/// <summary>
/// A chaincode that runs a test's probe against <see cref="StubLedgerState"/> on the <see cref="DomainExecutor"/>,
/// exactly as the mutual-aid chaincode runs the domain, and answers with the probe's text or the exception it threw.
/// </summary>
internal sealed class ProbeChaincode(Func<StubLedgerState, string> probe) : IChaincode, IDisposable
{
    private readonly DomainExecutor _executor = new();

    public Task<Response> InitAsync(IChaincodeStub stub) => Task.FromResult(ChaincodeResponses.Success());

    public Task<Response> InvokeAsync(IChaincodeStub stub) => _executor.RunAsync(() =>
    {
        try
        {
            using var state = new StubLedgerState(stub);
            return ChaincodeResponses.Success(Encoding.UTF8.GetBytes(probe(state)));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or Fabric.Shim.Errors.PeerRequestException)
        {
            return ChaincodeResponses.Error($"{ex.GetType().Name}: {ex.Message}");
        }
    });

    public void Dispose() => _executor.Dispose();
}
