namespace MutualAid.Gateway.Api;

/// <summary>
/// One endpoint of the API as data: the HTTP method and route (under <c>/api/v1</c>), the chaincode function it
/// calls, who may call it, and how the request becomes the function's JSON argument (route values and query
/// parameters merged into the body; named body properties moved to transient data). Adding a chaincode function
/// to the API is adding one of these to a resource's table.
/// </summary>
public sealed record FunctionRoute
{
    /// <summary>GET for reads (evaluate); POST or PUT for writes (submit, with an Idempotency-Key).</summary>
    public required string Method { get; init; }

    /// <summary>The route below <c>/api/v1</c>, e.g. <c>/claims/{claimId}/endorsements</c>; <c>{name:int}</c> passes a number.</summary>
    public required string Pattern { get; init; }

    /// <summary>The chaincode function, exactly as the chaincode names it.</summary>
    public required string Function { get; init; }

    /// <summary>The resource the endpoint belongs to (the OpenAPI tag).</summary>
    public required string Resource { get; init; }

    /// <summary>One line saying what the endpoint does.</summary>
    public required string Summary { get; init; }

    /// <summary>The roles that may call a write; reads are open to every authenticated caller.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Query parameters of a read, copied into the argument (integers as numbers).</summary>
    public IReadOnlyList<QueryParameter> Query { get; init; } = [];

    /// <summary>Body properties sent as transient data instead (private details), by transient key.</summary>
    public IReadOnlyDictionary<string, string> Transient { get; init; } = new Dictionary<string, string>();

    /// <summary>True when re-running the write as a new transaction after an MVCC conflict cannot change its business meaning.</summary>
    public bool RetryOnConflict { get; init; }

    /// <summary>A request body example for the OpenAPI document (route values omitted).</summary>
    public string? Example { get; init; }

    /// <summary>
    /// What the function returns (the domain record a read answers, the result a write's receipt carries); the OpenAPI
    /// document describes the success body with it.
    /// </summary>
    public required Type Result { get; init; }

    /// <summary>The function's argument record, as the chaincode parses it.</summary>
    public Type Arguments => FunctionMessages.RequestOf(Function);

    /// <summary>The status of a success: 201 for writes that create a resource, else 200.</summary>
    public int SuccessStatus { get; init; } = 200;

    /// <summary>True for writes.</summary>
    public bool IsWrite => !string.Equals(Method, HttpMethods.Get, StringComparison.Ordinal);

    /// <summary>The full route.</summary>
    public string Path => "/api/v1" + Pattern;
}

/// <summary>A query parameter of a read endpoint.</summary>
/// <param name="Name">The parameter and argument property name.</param>
/// <param name="IsInteger">True to pass it as a JSON number.</param>
public sealed record QueryParameter(string Name, bool IsInteger = false);
