using Fabric.Shim;
using Fabric.Shim.Identity;
using MutualAid.Domain.State;

namespace MutualAid.Chaincode.Calls;

/// <summary>
/// Builds the domain's <see cref="TxContext"/> from the stub: the transaction id, the proposal's timestamp
/// (the same on every endorser) and the caller read from the proposal's creator certificate.
/// </summary>
public static class TxContextReader
{
    /// <summary>The certificate attribute (Fabric CA attribute extension) that carries the caller's role.</summary>
    public const string RoleAttribute = "role";

    /// <summary>Reads the transaction context of <paramref name="stub"/>.</summary>
    /// <exception cref="Fabric.Msp.Errors.MspException">The creator is not a serialized X.509 identity, or its attributes are malformed.</exception>
    /// <exception cref="InvalidOperationException">The proposal's channel header has no timestamp.</exception>
    public static TxContext Read(IChaincodeStub stub)
    {
        ArgumentNullException.ThrowIfNull(stub);
        var identity = new ClientIdentity(stub.Creator);
        var caller = new Caller(identity.GetMspId(), identity.GetAttributeValue(RoleAttribute), identity.GetId());
        return new TxContext(stub.TxId, stub.TxTimestamp, caller);
    }
}
