namespace MutualAid.Gateway.Api;

/// <summary>Short constructors for the route tables.</summary>
internal static class RouteBuilder
{
    public static FunctionRoute Read(string resource, string pattern, string function, string summary, params QueryParameter[] query) => new()
    {
        Method = HttpMethods.Get,
        Pattern = pattern,
        Function = function,
        Resource = resource,
        Summary = summary,
        Query = query,
    };

    public static FunctionRoute Write(string resource, string pattern, string function, string summary, IReadOnlyList<string> roles, string? example = null) => new()
    {
        Method = HttpMethods.Post,
        Pattern = pattern,
        Function = function,
        Resource = resource,
        Summary = summary,
        Roles = roles,
        Example = example,
    };
}
