using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Fabric.Shim.Contracts;

/// <summary>
/// Turns a transaction function's result into the Response payload as fabric-contract-api does: strings as
/// their UTF-8 bytes, bytes unchanged, booleans and numbers as invariant text, nothing as empty, and any
/// other value as JSON.
/// </summary>
internal static class ResultSerializer
{
    public static byte[] Serialize(object? result) => result switch
    {
        null => [],
        string text => Encoding.UTF8.GetBytes(text),
        byte[] bytes => bytes,
        ReadOnlyMemory<byte> memory => memory.ToArray(),
        bool flag => Encoding.UTF8.GetBytes(flag ? "true" : "false"),
        IFormattable number when result.GetType().IsPrimitive || result is decimal =>
            Encoding.UTF8.GetBytes(number.ToString(null, CultureInfo.InvariantCulture)),
        _ => JsonSerializer.SerializeToUtf8Bytes(result, result.GetType(), ContractJson.Options),
    };
}
