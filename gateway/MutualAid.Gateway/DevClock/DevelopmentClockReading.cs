namespace MutualAid.Gateway.DevClock;

/// <summary>The development clock's reading.</summary>
/// <param name="Now">The clock's time (UTC).</param>
/// <param name="Offset">How far it runs ahead of the system clock.</param>
public sealed record DevelopmentClockReading(DateTimeOffset Now, TimeSpan Offset);
