using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>Receives every Serilog event of the app under test (the app reads sinks from its services).</summary>
public sealed class LogCollector : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Each event as the text an operator would see: the rendered message plus every property value.</summary>
    public IEnumerable<string> RenderedEvents() =>
        _events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + " " + string.Join(" ", e.Properties.Select(p => p.Key + "=" + p.Value)) + " " + e.Exception);
}
