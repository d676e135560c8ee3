using Fabric.Protos.Peer;
using Fabric.Shim.Errors;
using Google.Protobuf;

namespace Fabric.Shim.Contracts;

/// <summary>
/// A chaincode made of contract classes, like fabric-contract-api: <c>args[0]</c> is <c>Contract:Function</c>
/// or a plain <c>Function</c> of the default contract; the other arguments are parsed into the function's
/// parameters; the result becomes the payload (strings as-is, objects as JSON). A caller error (unknown
/// function, wrong arity, bad value) answers status 400/404; a thrown exception answers 500 with its
/// message; a <see cref="ChaincodeException"/> answers its own status.
/// <c>org.hyperledger.fabric:GetMetadata</c> returns the contracts' metadata.
/// </summary>
public sealed class ContractChaincode : IChaincode
{
    /// <summary>The name of the system contract that serves the metadata.</summary>
    public const string SystemContractName = "org.hyperledger.fabric";

    private readonly Dictionary<string, ContractDescriptor> _contracts;
    private readonly ContractDescriptor _default;
    private readonly byte[] _metadata;

    /// <summary>Prepares the contracts: finds their transaction functions and compiles their invokers.</summary>
    /// <exception cref="ArgumentException">No contract is given, two share a name, or several are marked default.</exception>
    /// <exception cref="InvalidOperationException">A transaction function does not take a <see cref="Context"/> first.</exception>
    public ContractChaincode(params IEnumerable<Contract> contracts)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var descriptors = contracts.Select(c => new ContractDescriptor(c)).ToList();
        if (descriptors.Count == 0)
        {
            throw new ArgumentException("at least one contract is needed", nameof(contracts));
        }

        _contracts = new Dictionary<string, ContractDescriptor>(StringComparer.Ordinal);
        foreach (var descriptor in descriptors)
        {
            if (!_contracts.TryAdd(descriptor.Name, descriptor) || descriptor.Name == SystemContractName)
            {
                throw new ArgumentException($"two contracts are named '{descriptor.Name}'", nameof(contracts));
            }
        }

        var defaults = descriptors.Where(d => d.IsDefault).ToList();
        _default = defaults.Count switch
        {
            0 => descriptors[0],
            1 => defaults[0],
            _ => throw new ArgumentException("only one contract can be the default", nameof(contracts)),
        };
        _metadata = ContractMetadata.Build(descriptors, _default);
    }

    /// <summary>The metadata JSON that <c>org.hyperledger.fabric:GetMetadata</c> returns.</summary>
    public ReadOnlyMemory<byte> Metadata => _metadata;

    /// <summary>Routes INIT like any transaction, as fabric-contract-api does.</summary>
    public Task<Response> InitAsync(IChaincodeStub stub) => InvokeAsync(stub);

    /// <summary>Routes the transaction to its contract and function.</summary>
    public async Task<Response> InvokeAsync(IChaincodeStub stub)
    {
        ArgumentNullException.ThrowIfNull(stub);
        if (stub.StringArgs.Count == 0)
        {
            return ChaincodeResponses.Success("Default initiator successful.");
        }

        var function = stub.FunctionName;
        var separator = function.IndexOf(':', StringComparison.Ordinal);
        var contractName = separator < 0 ? null : function[..separator];
        var transactionName = separator < 0 ? function : function[(separator + 1)..];
        if (contractName == SystemContractName && transactionName == "GetMetadata")
        {
            return new Response { Status = ChaincodeResponses.Ok, Payload = ByteString.CopyFrom(_metadata) };
        }

        ContractDescriptor? contract = _default;
        if (contractName is not null && !_contracts.TryGetValue(contractName, out contract))
        {
            return ChaincodeResponses.Error($"Contract name is not known: {contractName}", ChaincodeResponses.NotFound);
        }

        return await RunAsync(contract!, transactionName, stub).ConfigureAwait(false);
    }

    private static async Task<Response> RunAsync(ContractDescriptor contract, string transactionName, IChaincodeStub stub)
    {
        try
        {
            var context = contract.Instance.CreateContext(stub);
            if (!contract.ByName.TryGetValue(transactionName, out var transaction))
            {
                await contract.Instance.UnknownTransactionAsync(context).ConfigureAwait(false);
                return ChaincodeResponses.Success();
            }

            if (!transaction.ContextType.IsInstanceOfType(context))
            {
                throw new InvalidOperationException($"{contract.Name}:{transaction.Name} needs a {transaction.ContextType.Name}; CreateContext returned a {context.GetType().Name}");
            }

            await contract.Instance.BeforeTransactionAsync(context).ConfigureAwait(false);
            var result = await transaction.InvokeAsync(contract.Instance, context, stub.Parameters).ConfigureAwait(false);
            await contract.Instance.AfterTransactionAsync(context, result).ConfigureAwait(false);
            return new Response { Status = ChaincodeResponses.Ok, Payload = ByteString.CopyFrom(ResultSerializer.Serialize(result)) };
        }
        catch (ChaincodeException ex)
        {
            return new Response { Status = ex.Status, Message = ex.Message, Payload = ByteString.CopyFrom(ex.Payload.Span) };
        }
#pragma warning disable CA1031 // Whatever a contract throws becomes status 500 with its message, as fabric-contract-api does.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ChaincodeResponses.Error(ex.Message);
        }
    }
}
