using MutualAid.Domain.Routing;

namespace MutualAid.Gateway.Api;

/// <summary>
/// The argument record of each chaincode function, read from its domain handler (<c>Handler&lt;TRequest&gt;</c>), so the
/// documented request of a route is always the message the chaincode parses.
/// </summary>
public static class FunctionMessages
{
    private static readonly Dictionary<string, Type> Requests = typeof(Handler<>).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && RequestOf(t) is not null)
        .ToDictionary(t => t.Name[..^"Handler".Length], t => RequestOf(t)!, StringComparer.Ordinal);

    /// <summary>The argument record of <paramref name="function"/>.</summary>
    /// <exception cref="KeyNotFoundException">The domain has no such function.</exception>
    public static Type RequestOf(string function) =>
        Requests.TryGetValue(function, out var type) ? type : throw new KeyNotFoundException($"the domain has no function {function}");

    private static Type? RequestOf(Type handler)
    {
        for (var type = handler.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Handler<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
