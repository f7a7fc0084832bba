using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>A program a test starts and always stops again: the app as it runs in production, nginx, the project's scripts.</summary>
public sealed class ExternalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ExternalProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static ExternalProcess Start(string fileName, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new ExternalProcess(Process.Start(start)!);
    }

    /// <summary>Polls <paramref name="url"/> until it answers 200, or fails with what the process printed.</summary>
    public async Task WaitUntilHealthyAsync(string url, TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                break;
            }

            try
            {
                if ((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"{url} werd niet gezond binnen {timeout.TotalSeconds} s:{Environment.NewLine}{Output}");
    }

    /// <summary>Waits for a command that ends by itself (migrate, seed-demo); fails with its output when it does not succeed.</summary>
    public async Task ExpectSuccessAsync(TimeSpan timeout)
    {
        if (await ExitCodeAsync(timeout) != 0)
        {
            throw new InvalidOperationException($"Afgesloten met {_process.ExitCode}:{Environment.NewLine}{Output}");
        }
    }

    /// <summary>Waits for a command that ends by itself and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        // The output handlers may still be busy with the last lines.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Runs one of the project's scripts (run.sh, scripts/…) from the checkout and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunScriptAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        await using var script = Start("bash", Repository.Root, environment, arguments);
        var exitCode = await script.ExitCodeAsync(TimeSpan.FromMinutes(3));
        return (exitCode, script.Output);
    }

    /// <summary>A port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
