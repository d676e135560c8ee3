namespace MutualAid.Gateway.Api;

/// <summary>Maps every <see cref="FunctionRoute"/> to an authenticated endpoint documented in the OpenAPI document.</summary>
public static class FunctionEndpoints
{
    /// <summary>The failure statuses of a read: bad input, authentication, authorization, not found, conflict, and Fabric's 5xx.</summary>
    private static readonly int[] ReadFailures = [400, 401, 403, 404, 409, 502, 503];

    /// <summary>A write's: also a body too large, not JSON, a reused Idempotency-Key, and an outcome not confirmed.</summary>
    private static readonly int[] WriteFailures = [.. ReadFailures, 413, 415, 422, 504];

    /// <summary>Maps <paramref name="routes"/>.</summary>
    public static void MapFunctionRoutes(this IEndpointRouteBuilder endpoints, IEnumerable<FunctionRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(routes);
        // One handler for every route, taken now: a request then resolves nothing from the container.
        var handler = endpoints.ServiceProvider.GetRequiredService<FunctionHandler>();
        foreach (var route in routes)
        {
            // A Func, not a RequestDelegate: route handlers get the group's filters and their OpenAPI description.
            Func<HttpContext, Task> handle = context => handler.HandleAsync(context, route);
            var builder = endpoints.MapMethods(route.Path, [route.Method], handle)
                .WithName(route.Method == HttpMethods.Get ? route.Function : route.Function + "_" + route.Method)
                .WithTags(route.Resource)
                .WithSummary(route.Summary)
                .WithDescription(Describe(route))
                .WithMetadata(route)
                .Produces(route.SuccessStatus, route.IsWrite ? typeof(WriteReceipt<>).MakeGenericType(route.Result) : route.Result, ApiResponse.Json);
            foreach (var status in route.IsWrite ? WriteFailures : ReadFailures)
            {
                builder.Produces<ProblemDocument>(status, Problems.MediaType);
            }
        }
    }

    private static string Describe(FunctionRoute route) => route.IsWrite
        ? $"Submits `{route.Function}`. Roles: {string.Join(", ", route.Roles)} (regulators never). Needs an `Idempotency-Key` header; "
          + "the answer carries the transaction id, its block and how many attempts it took"
          + (route.RetryOnConflict ? "; re-run automatically after MVCC conflicts." : ".")
        : $"Evaluates `{route.Function}`; open to every authenticated caller.";
}
