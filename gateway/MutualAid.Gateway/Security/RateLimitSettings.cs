namespace MutualAid.Gateway.Security;

/// <summary>
/// Each caller's request budget (<c>RateLimit:*</c>): a token bucket per API key, so one key, however busy or
/// abusive, cannot starve the other users of its organization.
/// </summary>
public sealed class RateLimitSettings
{
    /// <summary>Requests a key may make per second, sustained; default 100. Zero turns the limit off.</summary>
    public int PermitsPerSecond { get; set; } = 100;

    /// <summary>Requests a key may make at once above the sustained rate; default 200.</summary>
    public int Burst { get; set; } = 200;
}
