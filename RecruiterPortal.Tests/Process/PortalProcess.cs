using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

// Not ...Tests.Process: that namespace would hide System.Diagnostics.Process from the other test files.
namespace RecruiterPortal.Tests.OutOfProcess;

/// <summary>
/// The real portal as a separate operating-system process (<c>dotnet RecruiterPortal.dll</c>), so a
/// test can kill it the way a crash or an OOM killer would: no shutdown hooks, no hand-back of
/// running jobs. Its stdout and stderr are kept for failure messages.
/// </summary>
public sealed class PortalProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly HttpClient _health;

    private PortalProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
        _health = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote so far, stdout and stderr interleaved as received.</summary>
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

    /// <summary>
    /// Starts the portal with <paramref name="settings"/> as command-line configuration, listening on
    /// a free loopback port, with <paramref name="contentRoot"/> as content root and working directory.
    /// </summary>
    public static PortalProcess Start(string name, IReadOnlyDictionary<string, string?> settings, string contentRoot)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(PortalAssembly());
        info.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        info.ArgumentList.Add($"--contentRoot={contentRoot}");
        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        // The test runner's own environment must not leak in (e.g. a Development environment or URLs).
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment.Remove("DOTNET_ENVIRONMENT");
        info.Environment.Remove("ASPNETCORE_URLS");
        info.Environment.Remove("ASPNETCORE_HOSTINGSTARTUPASSEMBLIES");

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var portal = new PortalProcess(name, process, baseAddress);
        process.OutputDataReceived += (_, e) => portal.Append(e.Data);
        process.ErrorDataReceived += (_, e) => portal.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return portal;
    }

    /// <summary>Waits until <c>/healthz</c> answers 200 (database migrated, bootstrap done, Kestrel listening).</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before it was ready.\n{Tail()}");
            }

            try
            {
                using var response = await _health.GetAsync("healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{Name} was not ready within {timeout.TotalSeconds:0} s.\n{Tail()}");
    }

    /// <summary>Whether <see cref="Kill"/> ended it: its last log lines may never have been written.</summary>
    public bool WasKilled { get; private set; }

    /// <summary>SIGKILL on Linux: the process gets no chance to release its jobs.</summary>
    public void Kill()
    {
        WasKilled = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    /// <summary>The last lines of the output, for assertion messages.</summary>
    public string Tail(int lines = 150)
    {
        var all = Output.Split('\n');
        var shown = all.Length <= lines ? all : all[^lines..];
        return $"---- {Name} (pid {_process.Id}) output, last {shown.Length} of {all.Length} lines ----\n{string.Join('\n', shown)}";
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }

        _health.Dispose();
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
            _output.Append(line).Append('\n');
        }
    }

    /// <summary>
    /// The web app's build output as copied next to the tests: it has its own runtimeconfig, so
    /// <c>dotnet</c> can run it as the deployed app would run.
    /// </summary>
    private static string PortalAssembly()
    {
        var path = typeof(RecruiterPortal.Hosting.WebDependencyInjection).Assembly.Location;
        var runtimeConfig = Path.ChangeExtension(path, ".runtimeconfig.json");
        if (!File.Exists(runtimeConfig))
        {
            throw new InvalidOperationException($"{runtimeConfig} is missing: the portal cannot be started as a process from the test output.");
        }

        return path;
    }

    /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
