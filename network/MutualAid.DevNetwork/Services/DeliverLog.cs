using Microsoft.Extensions.Logging;

namespace MutualAid.DevNetwork.Services;

/// <summary>What the Deliver service logs, with fixed event ids.</summary>
internal static partial class DeliverLog
{
    /// <summary>A seek envelope refused before its channel was looked at, as Fabric's handler logs it.</summary>
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "error parsing envelope from {Remote}: {Problem}")]
    public static partial void EnvelopeRefused(ILogger logger, string remote, string problem);
}
