using Fabric.Shim.Identity;

namespace Fabric.Shim.Contracts;

/// <summary>
/// What a transaction function receives first: the stub of the transaction and the identity of its
/// client. Derive from it and override <see cref="Contract.CreateContext"/> to carry more.
/// </summary>
public class Context
{
    private ClientIdentity? _clientIdentity;

    /// <summary>Creates the context of one transaction.</summary>
    public Context(IChaincodeStub stub)
    {
        ArgumentNullException.ThrowIfNull(stub);
        Stub = stub;
    }

    /// <summary>The stub of the transaction.</summary>
    public IChaincodeStub Stub { get; }

    /// <summary>The client that signed the proposal, read on first use.</summary>
    /// <exception cref="Fabric.Msp.Errors.MspException">The creator is not a valid X.509 identity.</exception>
    public ClientIdentity ClientIdentity => _clientIdentity ??= new ClientIdentity(Stub.Creator);
}
