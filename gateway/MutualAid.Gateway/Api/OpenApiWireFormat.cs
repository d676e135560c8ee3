using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using MutualAid.Domain.Json;

namespace MutualAid.Gateway.Api;

/// <summary>
/// Aligns the schemas the OpenAPI generator derives from CLR types (with ASP.NET Core's web JSON options) with what
/// actually crosses the wire, which the domain's canonical serializer (<see cref="DomainJsonContext"/>) decides:
/// enums travel as their names, numbers only as JSON numbers, and a nullable member of a type that omits nulls is
/// never required.
/// </summary>
internal sealed class OpenApiWireFormat : IOpenApiSchemaTransformer
{
    private static readonly JsonSerializerOptions Domain = DomainJsonContext.Default.Options;

    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = context.JsonTypeInfo.Type;
        if (type.IsEnum && IsDomain(type))
        {
            DescribeEnum(schema, type);
        }

        // The web options also read numbers from strings; neither the gateway's validation nor the domain does.
        if (schema.Type is { } kinds && kinds.HasFlag(JsonSchemaType.String)
            && (kinds.HasFlag(JsonSchemaType.Integer) || kinds.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = kinds & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        // Also called for a property's schema, with the property's type: a nullable one is a oneOf around the type's own.
        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Type is { } shape && shape.HasFlag(JsonSchemaType.Object))
        {
            DescribeObject(schema, context.JsonTypeInfo);
        }

        return Task.CompletedTask;
    }

    /// <summary>A string enum of the names the domain's serializer writes for <paramref name="type"/>.</summary>
    private static void DescribeEnum(OpenApiSchema schema, Type type)
    {
        schema.Type = JsonSchemaType.String;
        schema.Format = null;
        schema.Enum = [.. Enum.GetValues(type).Cast<object>().Select(value => JsonNode.Parse(JsonSerializer.Serialize(value, type, Domain))!)];
    }

    /// <summary>
    /// Required: what must be stated (<c>required</c> members, and the non-nullable parameters of a positional record
    /// such as <c>Money</c>, which the generator leaves optional for structs), less the nullable members a type leaves
    /// out when null. The domain's types reject members they do not declare.
    /// </summary>
    private static void DescribeObject(OpenApiSchema schema, JsonTypeInfo type)
    {
        var required = schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
        var positional = type.Type.GetConstructors().MaxBy(c => c.GetParameters().Length)?.GetParameters()
            .Where(p => !p.HasDefaultValue).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        foreach (var property in type.Properties)
        {
            if (!property.IsGetNullable && property.AttributeProvider is MemberInfo member && positional.Contains(member.Name))
            {
                required.Add(property.Name);
            }
            else if (!property.IsRequired && property.IsGetNullable && OmitsNull(property))
            {
                required.Remove(property.Name);
            }
        }

        if (IsDomain(type.Type) && Domain.UnmappedMemberHandling == JsonUnmappedMemberHandling.Disallow)
        {
            schema.AdditionalPropertiesAllowed = false;
        }
    }

    /// <summary>True when a null value of <paramref name="property"/> is left out rather than written as <c>null</c>.</summary>
    private static bool OmitsNull(JsonPropertyInfo property) =>
        IsDomain(property.DeclaringType)
            ? Domain.DefaultIgnoreCondition == JsonIgnoreCondition.WhenWritingNull
            : property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), true)
                .OfType<JsonIgnoreAttribute>().Any(a => a.Condition == JsonIgnoreCondition.WhenWritingNull) == true;

    private static bool IsDomain(Type type) => type.Assembly == typeof(DomainJsonContext).Assembly;
}
