using System.Reflection;

namespace Fabric.Shim.Contracts;

/// <summary>One contract instance and its transaction functions by name, discovered once at start-up.</summary>
internal sealed class ContractDescriptor
{
    public ContractDescriptor(Contract instance)
    {
        Instance = instance;
        var type = instance.GetType();
        var attribute = type.GetCustomAttribute<ContractAttribute>();
        Name = attribute?.Name ?? type.Name;
        Title = attribute?.Title ?? Name;
        Version = attribute?.Version ?? "latest";
        IsDefault = attribute?.IsDefault ?? false;

        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType != typeof(Contract) && m.DeclaringType != typeof(object) && !m.IsSpecialName)
            .ToList();
        var marked = methods.Where(m => m.GetCustomAttribute<TransactionAttribute>() is not null).ToList();

        // As fabric-contract-api: without any [Transaction], every public method taking a Context is one.
        var chosen = marked.Count > 0
            ? marked
            : methods.Where(m => m.GetParameters() is [var first, ..] && typeof(Context).IsAssignableFrom(first.ParameterType)).ToList();
        Transactions = chosen
            .Select(m => new TransactionDescriptor(Name, m, m.GetCustomAttribute<TransactionAttribute>()))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        ByName = Transactions.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public Contract Instance { get; }

    public string Name { get; }

    public string Title { get; }

    public string Version { get; }

    public bool IsDefault { get; }

    public IReadOnlyList<TransactionDescriptor> Transactions { get; }

    public IReadOnlyDictionary<string, TransactionDescriptor> ByName { get; }
}
