using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Routing;

/// <summary>One contract function: its name, whether it writes, who may call it, and what it does.</summary>
public interface IDomainHandler
{
    /// <summary>The contract function name (e.g. <c>SubmitClaim</c>).</summary>
    string FunctionName { get; }

    /// <summary>True for submit-type functions; regulators may call only functions that do not write.</summary>
    bool IsWrite { get; }

    /// <summary>The roles that may call a write; reads are open to every consortium identity.</summary>
    IReadOnlyList<Role> Roles { get; }

    /// <summary>Runs the function over <paramref name="tx"/>; returns the result to serialize.</summary>
    object Execute(TxScope tx, string argumentsJson);
}
