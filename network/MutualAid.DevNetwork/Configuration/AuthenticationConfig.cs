using System.Text.Json.Serialization;

namespace MutualAid.DevNetwork.Configuration;

/// <summary>
/// How far a signed request's own timestamp may be from the peer's clock, as Fabric's
/// <c>peer.authentication.timewindow</c>: a Deliver request (Deliver, DeliverFiltered,
/// DeliverWithPrivateData) dated further away, or not dated at all, is refused with <c>BAD_REQUEST</c>.
/// </summary>
public sealed record AuthenticationConfig
{
    /// <summary>Fabric's default window: 15 minutes either side of the peer's clock.</summary>
    public const int DefaultTimeWindowSeconds = 15 * 60;

    /// <summary>The window in seconds, either side of the peer's clock, edges included; positive; default 900 (15 minutes).</summary>
    public int TimeWindowSeconds { get; init; } = DefaultTimeWindowSeconds;

    /// <summary>The window as a duration.</summary>
    [JsonIgnore]
    public TimeSpan TimeWindow => TimeSpan.FromSeconds(TimeWindowSeconds);
}
