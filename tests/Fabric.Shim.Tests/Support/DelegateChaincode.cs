using Fabric.Protos.Peer;

namespace Fabric.Shim.Tests.Support;

/// <summary>A chaincode whose Invoke (and Init) run the given function.</summary>
internal sealed class DelegateChaincode(Func<IChaincodeStub, Task<Response>> invoke) : IChaincode
{
    public Task<Response> InitAsync(IChaincodeStub stub) => invoke(stub);

    public Task<Response> InvokeAsync(IChaincodeStub stub) => invoke(stub);
}
