using System.Text.Json.Serialization;

namespace AssetTransferBasic;

/// <summary>
/// An asset as the sample stores it. Properties are declared in alphabetical order so the JSON matches the
/// TypeScript sample's sorted-key output byte for byte: <c>{"AppraisedValue":300,"Color":"blue","ID":"asset1","Owner":"Tomoko","Size":5}</c>.
/// </summary>
public sealed record Asset
{
    /// <summary>The appraised value.</summary>
    public int AppraisedValue { get; init; }

    /// <summary>The colour.</summary>
    public string Color { get; init; } = string.Empty;

    /// <summary>The asset id, also its key.</summary>
    public string ID { get; init; } = string.Empty;

    /// <summary>The current owner.</summary>
    public string Owner { get; set; } = string.Empty;

    /// <summary>The size.</summary>
    public int Size { get; init; }

    /// <summary>"asset" for the assets InitLedger writes, as the TypeScript sample does; absent otherwise.</summary>
    [JsonPropertyName("docType")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DocType { get; init; }
}
