namespace Fabric.Shim.Contracts;

/// <summary>Names a contract class and describes it in the metadata. Without it the contract is named after its class.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ContractAttribute : Attribute
{
    /// <summary>The contract name clients use as <c>Name:Function</c>.</summary>
    public string? Name { get; set; }

    /// <summary>The title in the metadata's info.</summary>
    public string? Title { get; set; }

    /// <summary>The version in the metadata's info.</summary>
    public string? Version { get; set; }

    /// <summary>Whether plain <c>Function</c> calls (no contract name) go to this contract; otherwise the first contract is the default.</summary>
    public bool IsDefault { get; set; }
}
