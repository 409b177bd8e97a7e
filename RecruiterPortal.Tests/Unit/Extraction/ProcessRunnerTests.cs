using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using RecruiterPortal.Core.Extraction;

namespace RecruiterPortal.Tests.Unit.Extraction;

/// <summary>The real runner against real processes: limits must hold without any cooperation.</summary>
public sealed class ProcessRunnerTests
{
    private readonly ProcessRunner _runner = new(NullLogger<ProcessRunner>.Instance);

    [Fact]
    public async Task Timeout_kills_the_whole_process_tree()
    {
        var clock = Stopwatch.StartNew();

        var result = await _runner.RunAsync(
            Shell("sleep 30 & echo $!; wait", TimeSpan.FromMilliseconds(500)),
            CancellationToken.None);

        Assert.Equal(ProcessOutcome.TimedOut, result.Outcome);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Took {clock.Elapsed}");
        var grandchild = int.Parse(Encoding.ASCII.GetString(result.Stdout).Trim(), CultureInfo.InvariantCulture);
        Assert.False(IsRunning(grandchild), $"Background child {grandchild} survived the kill.");
    }

    [Fact]
    public async Task Memory_limit_is_applied_to_the_child()
    {
        var result = await _runner.RunAsync(
            Shell("ulimit -v", TimeSpan.FromSeconds(5), memoryLimitBytes: 256L * 1024 * 1024),
            CancellationToken.None);

        Assert.True(result.Succeeded, result.Stderr);
        Assert.Equal("262144", Encoding.ASCII.GetString(result.Stdout).Trim());
    }

    [Fact]
    public async Task Output_over_the_cap_stops_the_process_and_keeps_the_cap()
    {
        var result = await _runner.RunAsync(
            Shell("yes resume", TimeSpan.FromSeconds(10), maxStdoutBytes: 64 * 1024),
            CancellationToken.None);

        Assert.Equal(ProcessOutcome.OutputLimitExceeded, result.Outcome);
        Assert.Equal(64 * 1024, result.Stdout.Length);
    }

    [Fact]
    public async Task Exit_code_and_stderr_are_reported()
    {
        var result = await _runner.RunAsync(Shell("echo broken >&2; exit 3", TimeSpan.FromSeconds(5)), CancellationToken.None);

        Assert.Equal(ProcessOutcome.Exited, result.Outcome);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("broken", result.Stderr.Trim());
    }

    [Fact]
    public async Task Missing_executable_is_reported_not_thrown()
    {
        var request = new ProcessRunRequest("/nonexistent/tool", [], TimeSpan.FromSeconds(5), null, 1024);

        var result = await _runner.RunAsync(request, CancellationToken.None);

        Assert.Equal(ProcessOutcome.FailedToStart, result.Outcome);
    }

    [Fact]
    public async Task Arguments_are_passed_verbatim_without_a_shell()
    {
        var request = new ProcessRunRequest("/bin/echo", ["$(id)", "a b;c"], TimeSpan.FromSeconds(5), 256L * 1024 * 1024, 1024);

        var result = await _runner.RunAsync(request, CancellationToken.None);

        Assert.Equal("$(id) a b;c", Encoding.UTF8.GetString(result.Stdout).Trim());
    }

    private static ProcessRunRequest Shell(string script, TimeSpan timeout, long? memoryLimitBytes = null, int maxStdoutBytes = 4096) =>
        new("/bin/sh", ["-c", script], timeout, memoryLimitBytes, maxStdoutBytes);

    // A killed orphan may linger as a zombie until reaped; that is dead for our purposes.
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        try
        {
            var text = File.ReadAllText(stat);
            var state = text[(text.LastIndexOf(')') + 2)..][0];
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }
}
