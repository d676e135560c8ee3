namespace MutualAid.Gateway.Api;

/// <summary>Short constructors for the route tables; <c>TResult</c> is what the chaincode function returns.</summary>
internal static class RouteBuilder
{
    public static FunctionRoute Read<TResult>(string resource, string pattern, string function, string summary, params QueryParameter[] query) => new()
    {
        Method = HttpMethods.Get,
        Pattern = pattern,
        Function = function,
        Resource = resource,
        Summary = summary,
        Result = typeof(TResult),
        Query = query,
    };

    public static FunctionRoute Write<TResult>(string resource, string pattern, string function, string summary, IReadOnlyList<string> roles, string? example = null) => new()
    {
        Method = HttpMethods.Post,
        Pattern = pattern,
        Function = function,
        Resource = resource,
        Summary = summary,
        Result = typeof(TResult),
        Roles = roles,
        Example = example,
    };
}
