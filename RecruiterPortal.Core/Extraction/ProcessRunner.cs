using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;

namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// Runs a child process with a wall-clock timeout (killing the whole tree), an address-space cap
/// applied by util-linux <c>prlimit</c> (or <c>ulimit -v</c> in <c>/bin/sh</c> where prlimit is
/// missing) and capped output. Arguments never pass through a shell unquoted.
/// </summary>
public sealed class ProcessRunner(ILogger<ProcessRunner> logger) : IProcessRunner
{
    // How long to wait for the output pipes to close after a kill; a surviving grandchild that
    // inherited them must not hold the caller forever.
    private static readonly TimeSpan _drainGrace = TimeSpan.FromSeconds(2);

    private static readonly Lazy<string?> _prlimitPath = new(() => FindOnPath("prlimit"));

    public async Task<ProcessRunResult> RunAsync(ProcessRunRequest request, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = BuildStartInfo(request) };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException)
        {
            logger.LogError(ex, "Could not start {FileName}", request.FileName);
            return new ProcessRunResult(ProcessOutcome.FailedToStart, -1, [], ex.Message);
        }

        process.StandardInput.Close();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(request.Timeout);

        var overflowed = false;
        var stdoutTask = ReadCappedAsync(process.StandardOutput.BaseStream, request.MaxStdoutBytes, () =>
        {
            overflowed = true;
            stop.Cancel();
        });
        var stderrTask = ReadCappedAsync(process.StandardError.BaseStream, request.MaxStderrBytes, onOverflow: null);

        var outcome = ProcessOutcome.Exited;
        try
        {
            await process.WaitForExitAsync(stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            cancellationToken.ThrowIfCancellationRequested();
            outcome = overflowed ? ProcessOutcome.OutputLimitExceeded : ProcessOutcome.TimedOut;
        }

        var pipes = Task.WhenAll(stdoutTask, stderrTask);
        if (await Task.WhenAny(pipes, Task.Delay(_drainGrace, CancellationToken.None)).ConfigureAwait(false) != pipes)
        {
            logger.LogWarning("Output pipes of {FileName} stayed open after it ended", request.FileName);
            return new ProcessRunResult(outcome, -1, [], string.Empty);
        }

        var stdout = await stdoutTask.ConfigureAwait(false);
        var stderr = Encoding.UTF8.GetString(await stderrTask.ConfigureAwait(false));
        if (overflowed && outcome == ProcessOutcome.Exited)
        {
            // It finished writing before the kill landed; the output is still cut at the cap.
            outcome = ProcessOutcome.OutputLimitExceeded;
        }

        var exitCode = outcome == ProcessOutcome.Exited ? process.ExitCode : -1;
        return new ProcessRunResult(outcome, exitCode, stdout, stderr);
    }

    private static ProcessStartInfo BuildStartInfo(ProcessRunRequest request)
    {
        var startInfo = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            WorkingDirectory = Path.GetTempPath(),
        };

        if (request.MemoryLimitBytes is not { } limit || !OperatingSystem.IsLinux())
        {
            startInfo.FileName = request.FileName;
            AddAll(startInfo, request.Arguments);
        }
        else if (_prlimitPath.Value is { } prlimit)
        {
            // prlimit sets the limit and then execs the tool, so the tool keeps this process id.
            startInfo.FileName = prlimit;
            startInfo.ArgumentList.Add($"--as={limit}");
            startInfo.ArgumentList.Add("--");
            startInfo.ArgumentList.Add(request.FileName);
            AddAll(startInfo, request.Arguments);
        }
        else
        {
            // The script is constant; the limit, tool and arguments arrive as positional parameters.
            startInfo.FileName = "/bin/sh";
            startInfo.ArgumentList.Add("-c");
            startInfo.ArgumentList.Add("ulimit -v \"$1\" || exit 125; shift; exec \"$@\"");
            startInfo.ArgumentList.Add("sh");
            startInfo.ArgumentList.Add(Math.Max(1, limit / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
            startInfo.ArgumentList.Add(request.FileName);
            AddAll(startInfo, request.Arguments);
        }

        return startInfo;
    }

    private static void AddAll(ProcessStartInfo startInfo, IReadOnlyList<string> arguments)
    {
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
    }

    private static async Task<byte[]> ReadCappedAsync(Stream stream, int cap, Action? onOverflow)
    {
        using var kept = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                var room = cap - (int)kept.Length;
                kept.Write(buffer, 0, Math.Min(room, read));
                if (read > room && onOverflow is not null)
                {
                    onOverflow();
                    break;
                }
            }
        }
        catch (IOException)
        {
            // The pipe broke because the process was killed; what was read so far is kept.
        }
        catch (ObjectDisposedException)
        {
        }

        return kept.ToArray();
    }

    private void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited between the timeout and the kill.
        }
        catch (Win32Exception ex)
        {
            logger.LogWarning(ex, "Could not kill process {ProcessId}", process.Id);
        }
    }

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Append("/usr/bin"))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
