using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fabric.Client.Events;

/// <summary>
/// A checkpointer saved to a JSON file after every checkpoint (<c>{"blockNumber":"12","transactionId":"…"}</c>,
/// the layout of the Node client's file checkpointer), so a restarted application resumes where it
/// stopped. Each save replaces the file atomically. Not for concurrent use.
/// </summary>
public sealed class FileCheckpointer : ICheckpointer
{
    private readonly string _path;

    private FileCheckpointer(string path) => _path = path;

    /// <inheritdoc />
    public ulong? BlockNumber { get; private set; }

    /// <inheritdoc />
    public string? TransactionId { get; private set; }

    /// <summary>Opens the checkpoint file at <paramref name="path"/>, loading it if it exists, and saves it back.</summary>
    /// <exception cref="IOException">The file cannot be read or written.</exception>
    /// <exception cref="FormatException">The file holds something other than a checkpoint.</exception>
    public static async Task<FileCheckpointer> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var checkpointer = new FileCheckpointer(Path.GetFullPath(path));
        await checkpointer.LoadAsync(cancellationToken).ConfigureAwait(false);
        await checkpointer.SaveAsync(cancellationToken).ConfigureAwait(false);
        return checkpointer;
    }

    /// <inheritdoc />
    public ValueTask CheckpointBlockAsync(ulong blockNumber, CancellationToken cancellationToken = default)
    {
        BlockNumber = blockNumber + 1;
        TransactionId = null;
        return SaveAsync(cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask CheckpointTransactionAsync(ulong blockNumber, string transactionId, CancellationToken cancellationToken = default)
    {
        BlockNumber = blockNumber;
        TransactionId = transactionId;
        return SaveAsync(cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask CheckpointChaincodeEventAsync(ChaincodeEvent chaincodeEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chaincodeEvent);
        return CheckpointTransactionAsync(chaincodeEvent.BlockNumber, chaincodeEvent.TransactionId, cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return;
        }

        var text = await File.ReadAllTextAsync(_path, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        try
        {
            var state = JsonSerializer.Deserialize<State>(text);
            BlockNumber = state?.BlockNumber is { } block ? ulong.Parse(block, CultureInfo.InvariantCulture) : null;
            TransactionId = state?.TransactionId;
        }
        catch (Exception ex) when (ex is JsonException or OverflowException)
        {
            throw new FormatException($"{_path} is not a checkpoint file", ex);
        }
    }

    private async ValueTask SaveAsync(CancellationToken cancellationToken)
    {
        var state = new State(BlockNumber?.ToString(CultureInfo.InvariantCulture), TransactionId);
        var temporary = _path + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(state), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, _path, overwrite: true);
    }

    private sealed record State(
        [property: JsonPropertyName("blockNumber")] string? BlockNumber,
        [property: JsonPropertyName("transactionId")] string? TransactionId);
}
