using Microsoft.Extensions.Logging;

namespace EcoTwin.Cli.Output;

/// <summary>A logger for library code the CLI runs: one plain line per message on standard error.</summary>
/// <param name="minimum">The lowest level written.</param>
/// <param name="prefix">What each line starts with, e.g. <c>ecotwin: simulate:</c>.</param>
public sealed class StderrLogger(LogLevel minimum, string prefix) : ILogger
{
    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum && logLevel != LogLevel.None;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var level = logLevel >= LogLevel.Warning ? logLevel.ToString().ToLowerInvariant() + ": " : string.Empty;
        Console.Error.WriteLine($"{prefix} {level}{formatter(state, exception)}");
    }
}
