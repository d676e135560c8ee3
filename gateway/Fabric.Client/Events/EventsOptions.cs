namespace Fabric.Client.Events;

/// <summary>
/// Where an event stream starts and how it rides out disconnections. The start is the
/// <see cref="Checkpoint"/> if it holds a position, else <see cref="StartBlock"/>, else the next block
/// to commit.
/// </summary>
public sealed class EventsOptions
{
    /// <summary>The first block to read, or null for the next block to commit.</summary>
    public ulong? StartBlock { get; init; }

    /// <summary>A saved position to resume from; it wins over <see cref="StartBlock"/> once it holds a block.</summary>
    public ICheckpoint? Checkpoint { get; init; }

    /// <summary>
    /// How many consecutive transient failures (UNAVAILABLE, deadline, resource exhausted) the stream
    /// reconnects after, resuming just after the last block it delivered; default 5, 0 turns it off.
    /// </summary>
    public int MaxReconnectAttempts { get; init; } = 5;

    /// <summary>The pause before the first reconnection; it doubles with each consecutive failure. Default 500 ms.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}
