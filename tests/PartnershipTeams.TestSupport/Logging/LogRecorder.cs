using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PartnershipTeams.TestSupport.Logging;

/// <summary>A logger provider that keeps every entry, for tests that assert what was logged and how often.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. entries];

    public IReadOnlyList<LogEntry> AtLeast(LogLevel level) => [.. entries.Where(e => e.Level >= level)];

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}

/// <summary>One logged line.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);
