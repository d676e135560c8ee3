using Fabric.Shim.Errors;

namespace Fabric.Shim.Contracts;

/// <summary>
/// The base of a contract class: its transaction functions are the public methods marked
/// <see cref="TransactionAttribute"/>. The hooks run around every transaction, as in fabric-contract-api.
/// </summary>
public abstract class Contract
{
    /// <summary>Creates the context for a transaction; override to use a derived <see cref="Context"/>.</summary>
    public virtual Context CreateContext(IChaincodeStub stub) => new(stub);

    /// <summary>Runs before each transaction function of this contract; a throw fails the transaction.</summary>
    public virtual Task BeforeTransactionAsync(Context context) => Task.CompletedTask;

    /// <summary>Runs after each transaction function returned <paramref name="result"/>; a throw fails the transaction.</summary>
    public virtual Task AfterTransactionAsync(Context context, object? result) => Task.CompletedTask;

    /// <summary>
    /// Runs when the called function does not exist in this contract. By default it fails with status 404 and
    /// fabric-contract-api's message.
    /// </summary>
    /// <exception cref="ChaincodeException">Always, unless overridden.</exception>
    public virtual Task UnknownTransactionAsync(Context context)
    {
        ArgumentNullException.ThrowIfNull(context);
        throw new ChaincodeException(
            $"You've asked to invoke a function that does not exist: {context.Stub.FunctionName}", ChaincodeResponses.NotFound);
    }
}
