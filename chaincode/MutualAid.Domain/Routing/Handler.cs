using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.Runtime;

namespace MutualAid.Domain.Routing;

/// <summary>Base of every handler: decodes the request message with the canonical serializer, then handles it.</summary>
/// <typeparam name="TRequest">The request message.</typeparam>
public abstract class Handler<TRequest> : IDomainHandler where TRequest : class
{
    /// <inheritdoc />
    public string FunctionName => GetType().Name.Replace("Handler", string.Empty, StringComparison.Ordinal);

    /// <inheritdoc />
    public abstract bool IsWrite { get; }

    /// <inheritdoc />
    public virtual IReadOnlyList<Role> Roles => [];

    /// <summary>The source-generated metadata of the request.</summary>
    protected abstract JsonTypeInfo<TRequest> RequestType { get; }

    /// <inheritdoc />
    public object Execute(TxScope tx, string argumentsJson) => Handle(tx, CanonicalJson.ParseArguments(argumentsJson, RequestType));

    /// <summary>Applies the request; throws DomainException on a rule violation.</summary>
    protected abstract object Handle(TxScope tx, TRequest request);
}
