using System.Reflection;
using Fabric.Shim.Errors;

namespace Fabric.Shim.Contracts;

/// <summary>One transaction function, prepared at start-up: its name, parameters with their parsers, and its compiled invoker.</summary>
internal sealed class TransactionDescriptor
{
    private readonly Func<string, object?>[] _parsers;
    private readonly Func<Contract, Context, object?[], Task<object?>> _invoke;

    public TransactionDescriptor(string contractName, MethodInfo method, TransactionAttribute? attribute)
    {
        var parameters = method.GetParameters();
        if (parameters.Length == 0 || !typeof(Context).IsAssignableFrom(parameters[0].ParameterType))
        {
            throw new InvalidOperationException(
                $"transaction {method.DeclaringType?.Name}.{method.Name} must take a {nameof(Context)} as its first parameter");
        }

        Name = attribute?.Name ?? method.Name;
        Submit = attribute?.Submit ?? true;
        ContextType = parameters[0].ParameterType;
        Parameters = parameters.Skip(1).Select(p => (p.Name ?? "arg", p.ParameterType)).ToArray();
        ResultType = TransactionInvoker.ResultType(method.ReturnType);
        _parsers = Parameters.Select(p => ArgumentParsers.For(p.Type, p.Name, $"{contractName}:{Name}")).ToArray();
        _invoke = TransactionInvoker.Compile(method);
    }

    public string Name { get; }

    public bool Submit { get; }

    public Type ContextType { get; }

    public IReadOnlyList<(string Name, Type Type)> Parameters { get; }

    public Type ResultType { get; }

    /// <summary>Parses <paramref name="arguments"/> and calls the function.</summary>
    /// <exception cref="ChaincodeException">Status 400: wrong arity or a value that does not parse.</exception>
    public Task<object?> InvokeAsync(Contract contract, Context context, IReadOnlyList<string> arguments)
    {
        if (arguments.Count != _parsers.Length)
        {
            throw new ChaincodeException(
                $"Expected {_parsers.Length} parameters, but {arguments.Count} have been supplied", ChaincodeResponses.BadRequest);
        }

        var values = new object?[_parsers.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _parsers[i](arguments[i]);
        }

        return _invoke(contract, context, values);
    }
}
