namespace OmgekeerdHandhaven.Bench;

/// <summary>
/// Latencies of one scenario and the wall time they took, reported as percentiles and requests per second;
/// <see cref="Slowest"/> names the slowest 5 % (what made the p95).
/// </summary>
internal sealed record Latencies(string Scenario, int Concurrency, IReadOnlyList<double> Milliseconds, TimeSpan Wall, IReadOnlyList<(double Milliseconds, string What)>? Slowest = null)
{
    public double Percentile(double p)
    {
        var sorted = Milliseconds.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public double PerSecond => Milliseconds.Count / Wall.TotalSeconds;
}
