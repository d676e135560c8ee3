using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MutualAid.Gateway.Invocation;

namespace MutualAid.Gateway.Api;

/// <summary>
/// Reads a request into <see cref="CallArguments"/>: the JSON body of a write (bounded in size, an object), route
/// values and a read's query parameters merged in, transient properties moved out, and every value validated.
/// </summary>
public static class RequestReader
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    /// <summary>The call, or the 4xx failure that stops the request before it reaches Fabric.</summary>
    public static async Task<(CallArguments? Call, InvocationFailure? Failure)> ReadAsync(HttpContext context, FunctionRoute route, long maxBodyBytes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(route);
        JsonObject arguments;
        if (route.IsWrite)
        {
            var (body, failure) = await ReadBodyAsync(context.Request, maxBodyBytes).ConfigureAwait(false);
            if (failure is not null)
            {
                return (null, failure);
            }

            arguments = body!;
        }
        else
        {
            arguments = [];
            foreach (var parameter in route.Query)
            {
                if (context.Request.Query.TryGetValue(parameter.Name, out var raw) && !string.IsNullOrEmpty(raw))
                {
                    if (!parameter.IsInteger)
                    {
                        arguments[parameter.Name] = raw.ToString();
                    }
                    else if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                    {
                        arguments[parameter.Name] = number;
                    }
                    else
                    {
                        return (null, Invalid($"query parameter {parameter.Name} must be a non-negative integer"));
                    }
                }
            }
        }

        if (MergeRouteValues(context, route, arguments) is { } conflict)
        {
            return (null, conflict);
        }

        var transient = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (property, key) in route.Transient)
        {
            if (arguments.Remove(property, out var value) && value is not null)
            {
                transient[key] = Encoding.UTF8.GetBytes(value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString());
            }
        }

        if (ArgumentValidator.Check(arguments) is { } invalid)
        {
            return (null, invalid);
        }

        return (new CallArguments(route.Function, arguments.ToJsonString(), transient), null);
    }

    private static async Task<(JsonObject? Body, InvocationFailure? Failure)> ReadBodyAsync(HttpRequest request, long maxBodyBytes)
    {
        if (request.ContentLength > maxBodyBytes)
        {
            return (null, TooLarge(request, maxBodyBytes));
        }

        if (request.ContentLength is not 0 && request.ContentType is { } type && !type.StartsWith(ApiResponse.Json, StringComparison.OrdinalIgnoreCase)
            && !type.Contains("+json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, new InvocationFailure(415, GatewayErrorCodes.UnsupportedMediaType, $"send {ApiResponse.Json}, not {type}", null, true));
        }

        using var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[8192];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBodyBytes)
                {
                    return (null, TooLarge(request, maxBodyBytes));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(request, maxBodyBytes));
        }

        if (buffer.Length == 0)
        {
            return ([], null);
        }

        try
        {
            return JsonNode.Parse(buffer.ToArray(), NodeOptions, DocumentOptions) is JsonObject body
                ? (body, null)
                : (null, Invalid("the body must be a JSON object"));
        }
        catch (JsonException ex)
        {
            return (null, Invalid($"the body is not valid JSON: {ex.Message}"));
        }
    }

    private static InvocationFailure? MergeRouteValues(HttpContext context, FunctionRoute route, JsonObject arguments)
    {
        foreach (var (name, raw) in context.Request.RouteValues)
        {
            if (raw is not string text)
            {
                continue;
            }

            JsonNode value = route.Pattern.Contains("{" + name + ":int}", StringComparison.Ordinal)
                ? int.Parse(text, CultureInfo.InvariantCulture)
                : text;
            if (arguments.TryGetPropertyValue(name, out var existing) && existing is not null && !JsonNode.DeepEquals(existing, value))
            {
                return Invalid($"{name} in the body ({existing.ToJsonString()}) differs from the path ({text})");
            }

            arguments[name] = value;
        }

        return null;
    }

    private static InvocationFailure TooLarge(HttpRequest request, long max)
    {
        // The rest of the body is never read, so an HTTP/1.1 connection cannot carry another request: say so, or the
        // client may send its next request on a connection the server is closing.
        if (HttpProtocol.IsHttp11(request.Protocol) || HttpProtocol.IsHttp10(request.Protocol))
        {
            request.HttpContext.Response.Headers.Connection = "close";
        }

        return new(413, GatewayErrorCodes.BodyTooLarge, $"the body is larger than {max} bytes", null, true);
    }

    private static InvocationFailure Invalid(string detail) => new(400, GatewayErrorCodes.InvalidRequest, detail, null, true);
}
