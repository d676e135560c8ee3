using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MutualAid.DevNetwork.Tests;

/// <summary>A logger provider that keeps every message, so a test can assert what was logged.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Entries => [.. _entries];

    /// <summary>Adds this provider to a logging builder (and lets every level through).</summary>
    public void AddTo(ILoggingBuilder builder)
    {
        builder.AddProvider(this);
        builder.SetMinimumLevel(LogLevel.Trace);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._entries.Enqueue((logLevel, category, formatter(state, exception)));
    }
}
