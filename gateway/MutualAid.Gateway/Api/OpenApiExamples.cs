using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MutualAid.Gateway.Api;

/// <summary>Adds each function route's example body and the Idempotency-Key header to its OpenAPI operation.</summary>
internal sealed class OpenApiExamples : IOpenApiOperationTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var route = context.Description.ActionDescriptor.EndpointMetadata.OfType<FunctionRoute>().FirstOrDefault();
        if (route is null || !route.IsWrite)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = FunctionHandler.IdempotencyHeader,
            In = ParameterLocation.Header,
            Required = true,
            Description = "A unique key per business operation; a retry with the same key and body returns the first answer.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
        });
        if (route.Example is { } example && operation.RequestBody?.Content is { } content && content.TryGetValue(ApiResponse.Json, out var media))
        {
            media.Example = JsonNode.Parse(example);
        }

        return Task.CompletedTask;
    }
}
