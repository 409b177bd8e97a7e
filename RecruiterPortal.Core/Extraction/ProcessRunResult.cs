namespace RecruiterPortal.Core.Extraction;

/// <summary>How a child process ended.</summary>
/// <param name="Outcome">Whether it exited, timed out, overflowed its output cap or never started.</param>
/// <param name="ExitCode">Exit code when it exited; 128 + signal number when a signal ended it.</param>
/// <param name="Stdout">Standard output, at most the requested cap.</param>
/// <param name="Stderr">Standard error, at most the requested cap, decoded leniently as UTF-8.</param>
public sealed record ProcessRunResult(ProcessOutcome Outcome, int ExitCode, byte[] Stdout, string Stderr)
{
    public bool Succeeded => Outcome == ProcessOutcome.Exited && ExitCode == 0;
}
