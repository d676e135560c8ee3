namespace MutualAid.Gateway.Security;

/// <summary>Log lines of API key maintenance (event ids 718-719 of the gateway's 700-719). Never key material.</summary>
internal static partial class ApiKeyLog
{
    [LoggerMessage(EventId = 718, Level = LogLevel.Information, Message = "API key file reloaded: {Active} active key(s)")]
    public static partial void Reloaded(ILogger logger, int active);

    [LoggerMessage(EventId = 719, Level = LogLevel.Warning, Message = "API key file could not be reloaded ({Error}); keeping the keys loaded before")]
    public static partial void ReloadFailed(ILogger logger, string error);
}
