using System.Text;
using System.Text.Json;
using Fabric.Shim.Contracts;

namespace AssetTransferBasic;

/// <summary>
/// The asset-transfer-basic contract: create, read, update, delete and transfer simple assets, with the
/// behaviour, JSON and messages of Fabric's TypeScript sample.
/// </summary>
[Contract(Name = "AssetTransferContract", Title = "AssetTransfer", Version = "1.0.0", IsDefault = true)]
public sealed class AssetTransferContract : Contract
{
    private static readonly Asset[] InitialAssets =
    [
        new() { ID = "asset1", Color = "blue", Size = 5, Owner = "Tomoko", AppraisedValue = 300 },
        new() { ID = "asset2", Color = "red", Size = 5, Owner = "Brad", AppraisedValue = 400 },
        new() { ID = "asset3", Color = "green", Size = 10, Owner = "Jin Soo", AppraisedValue = 500 },
        new() { ID = "asset4", Color = "yellow", Size = 10, Owner = "Max", AppraisedValue = 600 },
        new() { ID = "asset5", Color = "black", Size = 15, Owner = "Adriana", AppraisedValue = 700 },
        new() { ID = "asset6", Color = "white", Size = 15, Owner = "Michel", AppraisedValue = 800 },
    ];

    /// <summary>Writes the six sample assets.</summary>
    [Transaction]
    public async Task InitLedger(Context ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        foreach (var asset in InitialAssets)
        {
            await ctx.Stub.PutStateAsync(asset.ID, Serialize(asset with { DocType = "asset" }));
        }
    }

    /// <summary>Issues a new asset.</summary>
    /// <exception cref="InvalidOperationException">The asset already exists.</exception>
    [Transaction]
    public async Task CreateAsset(Context ctx, string id, string color, int size, string owner, int appraisedValue)
    {
        if (await AssetExists(ctx, id))
        {
            throw new InvalidOperationException($"The asset {id} already exists");
        }

        var asset = new Asset { ID = id, Color = color, Size = size, Owner = owner, AppraisedValue = appraisedValue };
        await ctx.Stub.PutStateAsync(id, Serialize(asset));
    }

    /// <summary>Returns the stored JSON of an asset.</summary>
    /// <exception cref="InvalidOperationException">The asset does not exist.</exception>
    [Transaction(Submit = false)]
    public async Task<string> ReadAsset(Context ctx, string id)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var json = await ctx.Stub.GetStateAsync(id);
        return json.Length == 0 ? throw new InvalidOperationException($"The asset {id} does not exist") : Encoding.UTF8.GetString(json);
    }

    /// <summary>Overwrites an existing asset with new values.</summary>
    /// <exception cref="InvalidOperationException">The asset does not exist.</exception>
    [Transaction]
    public async Task UpdateAsset(Context ctx, string id, string color, int size, string owner, int appraisedValue)
    {
        if (!await AssetExists(ctx, id))
        {
            throw new InvalidOperationException($"The asset {id} does not exist");
        }

        var asset = new Asset { ID = id, Color = color, Size = size, Owner = owner, AppraisedValue = appraisedValue };
        await ctx.Stub.PutStateAsync(id, Serialize(asset));
    }

    /// <summary>Deletes an asset.</summary>
    /// <exception cref="InvalidOperationException">The asset does not exist.</exception>
    [Transaction]
    public async Task DeleteAsset(Context ctx, string id)
    {
        if (!await AssetExists(ctx, id))
        {
            throw new InvalidOperationException($"The asset {id} does not exist");
        }

        await ctx.Stub.DelStateAsync(id);
    }

    /// <summary>Whether an asset with <paramref name="id"/> exists.</summary>
    [Transaction(Submit = false)]
    public async Task<bool> AssetExists(Context ctx, string id)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return (await ctx.Stub.GetStateAsync(id)).Length > 0;
    }

    /// <summary>Changes the owner of an asset and returns the previous owner.</summary>
    /// <exception cref="InvalidOperationException">The asset does not exist.</exception>
    [Transaction]
    public async Task<string> TransferAsset(Context ctx, string id, string newOwner)
    {
        var asset = JsonSerializer.Deserialize<Asset>(await ReadAsset(ctx, id))!;
        var oldOwner = asset.Owner;
        asset.Owner = newOwner;
        await ctx.Stub.PutStateAsync(id, Serialize(asset));
        return oldOwner;
    }

    /// <summary>Returns every asset as a JSON array, in key order.</summary>
    [Transaction(Submit = false)]
    public async Task<string> GetAllAssets(Context ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        using var buffer = new MemoryStream();
        await using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            await using var iterator = await ctx.Stub.GetStateByRangeAsync(string.Empty, string.Empty);
            await foreach (var record in iterator)
            {
                WriteRecord(json, record.Value.Span);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static byte[] Serialize(Asset asset) => JsonSerializer.SerializeToUtf8Bytes(asset);

    private static void WriteRecord(Utf8JsonWriter json, ReadOnlySpan<byte> value)
    {
        // As the TypeScript sample: a value that is not JSON is returned as a string.
        var reader = new Utf8JsonReader(value);
        if (JsonDocument.TryParseValue(ref reader, out var document))
        {
            using (document)
            {
                document.WriteTo(json);
            }
        }
        else
        {
            json.WriteStringValue(Encoding.UTF8.GetString(value));
        }
    }
}
