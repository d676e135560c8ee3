using System.Reflection;
using System.Text.Json;

namespace Fabric.Shim.Contracts;

/// <summary>
/// Writes the metadata <c>org.hyperledger.fabric:GetMetadata</c> returns, in the shape of
/// fabric-contract-api's contract schema: <c>info</c>, <c>contracts</c> (each with <c>contractInstance</c>,
/// <c>transactions</c> with <c>tags</c>, <c>parameters</c> and <c>returns</c>) and <c>components.schemas</c>
/// for object parameters and results.
/// </summary>
internal static class ContractMetadata
{
    private const string SchemaUrl = "https://hyperledger.github.io/fabric-chaincode-node/main/api/contract-schema.json";

    public static byte[] Build(IReadOnlyList<ContractDescriptor> contracts, ContractDescriptor defaultContract)
    {
        var components = new SortedDictionary<string, Type>(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUrl);
            json.WriteStartObject("info");
            json.WriteString("title", defaultContract.Title);
            json.WriteString("version", defaultContract.Version);
            json.WriteEndObject();
            json.WriteStartObject("contracts");
            foreach (var contract in contracts)
            {
                WriteContract(json, contract, contract == defaultContract, components);
            }

            WriteSystemContract(json);
            json.WriteEndObject();
            json.WriteStartObject("components");
            json.WriteStartObject("schemas");
            var written = new HashSet<string>(StringComparer.Ordinal);
            while (components.Keys.FirstOrDefault(k => !written.Contains(k)) is { } next)
            {
                written.Add(next);
                WriteComponent(json, next, components[next], components);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteContract(Utf8JsonWriter json, ContractDescriptor contract, bool isDefault, SortedDictionary<string, Type> components)
    {
        json.WriteStartObject(contract.Name);
        json.WriteString("name", contract.Name);
        json.WriteStartObject("contractInstance");
        json.WriteString("name", contract.Name);
        if (isDefault)
        {
            json.WriteBoolean("default", true);
        }

        json.WriteEndObject();
        json.WriteStartArray("transactions");
        foreach (var transaction in contract.Transactions)
        {
            json.WriteStartObject();
            json.WriteString("name", transaction.Name);
            json.WriteStartArray("tags");
            foreach (var tag in transaction.Submit ? ["SUBMIT", "submitTx"] : new[] { "EVALUATE" })
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
            json.WriteStartArray("parameters");
            foreach (var (name, type) in transaction.Parameters)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteString("description", string.Empty);
                json.WritePropertyName("schema");
                WriteSchema(json, type, components);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (transaction.ResultType != typeof(void))
            {
                json.WritePropertyName("returns");
                WriteSchema(json, transaction.ResultType, components);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("info");
        json.WriteString("title", contract.Title);
        json.WriteString("version", contract.Version);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSystemContract(Utf8JsonWriter json)
    {
        json.WriteStartObject(ContractChaincode.SystemContractName);
        json.WriteString("name", ContractChaincode.SystemContractName);
        json.WriteStartObject("contractInstance");
        json.WriteString("name", ContractChaincode.SystemContractName);
        json.WriteEndObject();
        json.WriteStartArray("transactions");
        json.WriteStartObject();
        json.WriteString("name", "GetMetadata");
        json.WriteStartArray("tags");
        json.WriteStringValue("EVALUATE");
        json.WriteEndArray();
        json.WriteStartArray("parameters");
        json.WriteEndArray();
        json.WriteStartObject("returns");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("info");
        json.WriteString("title", ContractChaincode.SystemContractName);
        json.WriteString("version", "latest");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSchema(Utf8JsonWriter json, Type type, SortedDictionary<string, Type> components)
    {
        json.WriteStartObject();
        var elementType = type == typeof(string) || type == typeof(byte[]) ? null : EnumerableElement(type);
        switch (type)
        {
            case var _ when type == typeof(string) || type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>):
                json.WriteString("type", "string");
                break;
            case var _ when type == typeof(int) || type == typeof(short) || type == typeof(uint):
                json.WriteString("type", "integer");
                json.WriteString("format", "int32");
                break;
            case var _ when type == typeof(long) || type == typeof(ulong):
                json.WriteString("type", "integer");
                json.WriteString("format", "int64");
                break;
            case var _ when type == typeof(double) || type == typeof(decimal):
                json.WriteString("type", "number");
                break;
            case var _ when type == typeof(bool):
                json.WriteString("type", "boolean");
                break;
            case var _ when type.IsEnum:
                json.WriteString("type", "string");
                json.WriteStartArray("enum");
                foreach (var name in Enum.GetNames(type))
                {
                    json.WriteStringValue(name);
                }

                json.WriteEndArray();
                break;
            case var _ when elementType is not null:
                json.WriteString("type", "array");
                json.WritePropertyName("items");
                WriteSchema(json, elementType, components);
                break;
            default:
                components.TryAdd(type.Name, type);
                json.WriteString("$ref", $"#/components/schemas/{type.Name}");
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteComponent(Utf8JsonWriter json, string name, Type type, SortedDictionary<string, Type> components)
    {
        json.WriteStartObject(name);
        json.WriteString("$id", name);
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead))
        {
            var jsonName = property.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name ?? property.Name;
            json.WritePropertyName(jsonName);
            WriteSchema(json, property.PropertyType, components);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static Type? EnumerableElement(Type type) =>
        type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0];
}
