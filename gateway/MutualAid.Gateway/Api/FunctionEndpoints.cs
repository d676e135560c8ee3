using System.Text.Json;

namespace MutualAid.Gateway.Api;

/// <summary>Maps every <see cref="FunctionRoute"/> to an authenticated endpoint documented in the OpenAPI document.</summary>
public static class FunctionEndpoints
{
    /// <summary>Maps <paramref name="routes"/>.</summary>
    public static void MapFunctionRoutes(this IEndpointRouteBuilder endpoints, IEnumerable<FunctionRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        foreach (var route in routes)
        {
            var builder = endpoints.MapMethods(route.Path, [route.Method],
                    (HttpContext context, FunctionHandler handler) => handler.HandleAsync(context, route))
                .RequireAuthorization()
                .WithName(route.Method == HttpMethods.Get ? route.Function : route.Function + "_" + route.Method)
                .WithTags(route.Resource)
                .WithSummary(route.Summary)
                .WithDescription(Describe(route))
                .WithMetadata(route)
                .Produces<JsonElement>(route.SuccessStatus, ApiResponse.Json)
                .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
            if (route.IsWrite)
            {
                builder.Accepts<JsonElement>(ApiResponse.Json).ProducesProblem(413).ProducesProblem(422);
            }
        }
    }

    private static string Describe(FunctionRoute route) => route.IsWrite
        ? $"Submits `{route.Function}`. Roles: {string.Join(", ", route.Roles)} (regulators never). Needs an `Idempotency-Key` header; "
          + "the answer carries the transaction id, its block and how many attempts it took"
          + (route.RetryOnConflict ? "; re-run automatically after MVCC conflicts." : ".")
        : $"Evaluates `{route.Function}`; open to every authenticated caller.";
}
