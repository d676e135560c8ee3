using System.Text.Json;

namespace Fabric.Shim.Contracts;

/// <summary>The one set of JSON options the contract layer reads arguments and writes results with.</summary>
internal static class ContractJson
{
    /// <summary>Property names as declared, no indentation, case-sensitive reading.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);
}
