using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.OpenApi;

namespace MutualAid.Gateway.Api;

/// <summary>
/// Types each function route's inputs in its OpenAPI operation from the function's argument record (the domain
/// handler's message): path and query parameters from the record's properties of those names, and the body of a write
/// as the record less the route values (which the gateway merges in) plus the body properties sent as transient data.
/// The schemas come from the generator's schema service, so they follow the CLR types.
/// </summary>
internal sealed class OpenApiSchemas : IOpenApiOperationTransformer
{
    /// <inheritdoc />
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var route = context.Description.ActionDescriptor.EndpointMetadata.OfType<FunctionRoute>().FirstOrDefault();
        if (route is null)
        {
            return;
        }

        var routeValues = RoutePatternFactory.Parse(route.Path).Parameters.Select(p => p.Name).ToList();
        operation.Parameters ??= [];
        // The handler binds no parameters, so the generator lists none: every route value is added here.
        foreach (var name in routeValues.Where(n => !operation.Parameters.Any(p => p.Name == n)))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Description = $"The `{name}` argument of `{route.Function}`.",
                Schema = await SchemaOfArgumentAsync(context, route, name, cancellationToken).ConfigureAwait(false),
            });
        }

        foreach (var query in route.Query)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = query.Name,
                In = ParameterLocation.Query,
                Description = $"Optional: the `{query.Name}` argument of `{route.Function}`.",
                Schema = await SchemaOfArgumentAsync(context, route, query.Name, cancellationToken).ConfigureAwait(false),
            });
        }

        if (route.IsWrite)
        {
            var body = await BodySchemaAsync(context, route, routeValues, cancellationToken).ConfigureAwait(false);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = body.Required?.Count > 0,
                Content = new Dictionary<string, OpenApiMediaType> { [ApiResponse.Json] = new() { Schema = body } },
            };
        }
    }

    /// <summary>The argument record's schema without the route values, with the transient properties.</summary>
    private static async Task<OpenApiSchema> BodySchemaAsync(OpenApiOperationTransformerContext context, FunctionRoute route,
        IReadOnlyCollection<string> routeValues, CancellationToken cancellationToken)
    {
        var record = await context.GetOrCreateSchemaAsync(route.Arguments, null, cancellationToken).ConfigureAwait(false);
        var body = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = $"The argument of `{route.Function}`; route values come from the path.",
            Properties = (record.Properties ?? new Dictionary<string, IOpenApiSchema>())
                .Where(p => !routeValues.Contains(p.Key, StringComparer.Ordinal))
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Required = new HashSet<string>((record.Required ?? new HashSet<string>()).Where(r => !routeValues.Contains(r, StringComparer.Ordinal)), StringComparer.Ordinal),
            AdditionalPropertiesAllowed = record.AdditionalPropertiesAllowed,
        };
        foreach (var (property, key) in route.Transient)
        {
            body.Properties[property] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = $"Sent to the chaincode as the transient `{key}`: private, never in public state.",
            };
            body.Required.Add(property);
        }

        return body;
    }

    /// <summary>The schema of the argument record's property <paramref name="name"/> (a string when the record has none).</summary>
    private static async Task<IOpenApiSchema> SchemaOfArgumentAsync(OpenApiOperationTransformerContext context, FunctionRoute route, string name,
        CancellationToken cancellationToken)
    {
        var property = route.Arguments.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        var type = property is null ? typeof(string) : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return await context.GetOrCreateSchemaAsync(type, null, cancellationToken).ConfigureAwait(false);
    }
}
