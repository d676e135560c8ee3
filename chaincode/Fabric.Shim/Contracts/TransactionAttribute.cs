namespace Fabric.Shim.Contracts;

/// <summary>
/// Marks a public method of a contract as a transaction function. Its first parameter is the
/// <see cref="Context"/>; the rest are parsed from the string arguments.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class TransactionAttribute : Attribute
{
    /// <summary>Whether the function is meant to be submitted (it writes); false marks it evaluate-only in the metadata.</summary>
    public bool Submit { get; set; } = true;

    /// <summary>The name clients call; the method name by default.</summary>
    public string? Name { get; set; }
}
