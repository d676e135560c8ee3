using Fabric.Protos.Peer;

namespace MutualAid.DevNetwork.Chaincode;

/// <summary>
/// Keeps one live connection per defined chaincode: dials on first use, and dials again when the
/// chaincode restarts (its stream ended). Concurrent callers share the connection.
/// </summary>
public sealed class ChaincodeRuntime : IAsyncDisposable
{
    private readonly Dictionary<string, Lazy<Task<ChaincodeConnection>>> _connections = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How long a transaction may run before the peer gives up (Fabric's executetimeout).</summary>
    public TimeSpan ExecuteTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Runs a transaction on the chaincode and returns its COMPLETED or ERROR message.</summary>
    /// <exception cref="ChaincodeConnectionException">The chaincode cannot be reached or registers wrongly.</exception>
    /// <exception cref="ChaincodeExecutionException">Timeout or a lost stream.</exception>
    public async Task<ChaincodeMessage> ExecuteAsync(ChaincodeDefinition definition, ChaincodeInput input, TransactionContext context)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var connection = await ConnectAsync(definition).ConfigureAwait(false);
        var type = input.IsInit ? ChaincodeMessage.Types.Type.Init : ChaincodeMessage.Types.Type.Transaction;
        return await connection.ExecuteAsync(type, input, context, ExecuteTimeout).ConfigureAwait(false);
    }

    /// <summary>Whether the chaincode answers the handshake now (dials it if needed).</summary>
    public async Task<bool> IsReachableAsync(ChaincodeDefinition definition)
    {
        try
        {
            await ConnectAsync(definition).ConfigureAwait(false);
            return true;
        }
        catch (ChaincodeConnectionException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        List<Lazy<Task<ChaincodeConnection>>> connections;
        lock (_lock)
        {
            connections = [.. _connections.Values];
            _connections.Clear();
        }

        foreach (var connection in connections.Where(c => c.IsValueCreated))
        {
            try
            {
                await (await connection.Value.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            }
            catch (ChaincodeConnectionException)
            {
                // Never connected: nothing to close.
            }
        }
    }

    private async Task<ChaincodeConnection> ConnectAsync(ChaincodeDefinition definition)
    {
        Lazy<Task<ChaincodeConnection>> entry;
        lock (_lock)
        {
            if (!_connections.TryGetValue(definition.Name, out entry!) || IsDead(entry))
            {
                if (entry is { IsValueCreated: true } && entry.Value.IsCompletedSuccessfully)
                {
                    // The chaincode went away; release the old channel and dial again.
                    _ = entry.Value.Result.DisposeAsync().AsTask();
                }

                entry = new Lazy<Task<ChaincodeConnection>>(() =>
                    ChaincodeConnection.ConnectAsync(definition.Endpoint, definition.Accepts));
                _connections[definition.Name] = entry;
            }
        }

        return await entry.Value.ConfigureAwait(false);
    }

    private static bool IsDead(Lazy<Task<ChaincodeConnection>> entry) =>
        entry.IsValueCreated && entry.Value.IsCompleted
        && (!entry.Value.IsCompletedSuccessfully || entry.Value.Result.Completion.IsCompleted);
}
