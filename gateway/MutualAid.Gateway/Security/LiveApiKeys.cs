using System.Text.Json;

namespace MutualAid.Gateway.Security;

/// <summary>
/// The API key file as the gateway sees it now: before each lookup the file's size and modification time are
/// compared with those last loaded (one stat, no read), and the file is loaded again when either changed. So a key
/// issued, rotated or revoked by the <c>keys</c> command takes effect on the next request, without a restart.
/// </summary>
public sealed class LiveApiKeys
{
    private readonly string _path;
    private readonly ILogger<LiveApiKeys> _logger;
    private readonly Lock _reload = new();
    private volatile Snapshot _current;

    /// <summary>Watches <paramref name="path"/>, loading it now.</summary>
    /// <exception cref="JsonException">The file is not an API key file.</exception>
    public LiveApiKeys(string path, ILogger<LiveApiKeys> logger)
    {
        _path = path;
        _logger = logger;
        var stamp = StampOf(path);
        _current = new Snapshot(stamp, ApiKeyStore.Load(path));
    }

    /// <summary>The store as of the last change to the file.</summary>
    public ApiKeyStore Current
    {
        get
        {
            Refresh();
            return _current.Store;
        }
    }

    /// <summary>The active entry of <paramref name="presentedKey"/>, or null for an unknown or revoked key.</summary>
    public ApiKeyEntry? Find(string presentedKey) => Current.Find(presentedKey);

    private void Refresh()
    {
        var stamp = StampOf(_path);
        if (stamp == _current.Stamp)
        {
            return;
        }

        lock (_reload)
        {
            if (stamp == _current.Stamp)
            {
                return;
            }

            try
            {
                var store = ApiKeyStore.Load(_path);
                _current = new Snapshot(stamp, store);
                var active = store.Entries.Count(e => e.IsActive);
                ApiKeyLog.Reloaded(_logger, active);
            }
            catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
            {
                // A file edited by hand and left broken: keep the keys known so far and try again next request.
                ApiKeyLog.ReloadFailed(_logger, ex.GetType().Name);
            }
        }
    }

    private static (long Length, DateTime Modified) StampOf(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? (file.Length, file.LastWriteTimeUtc) : (-1, DateTime.MinValue);
    }

    private sealed record Snapshot((long Length, DateTime Modified) Stamp, ApiKeyStore Store);
}
