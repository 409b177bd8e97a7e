namespace RecruiterPortal.Core.Extraction;

/// <summary>A child process to run with hard limits.</summary>
/// <param name="FileName">Executable name or path; never passed through a shell.</param>
/// <param name="Arguments">Arguments passed verbatim, one per entry.</param>
/// <param name="Timeout">Wall-clock limit; the whole process tree is killed when it passes.</param>
/// <param name="MemoryLimitBytes">Address-space cap for the child, or null for none.</param>
/// <param name="MaxStdoutBytes">Standard output kept; the child is killed once it writes more.</param>
/// <param name="MaxStderrBytes">Standard error kept for diagnostics; the rest is discarded.</param>
public sealed record ProcessRunRequest(
    string FileName,
    IReadOnlyList<string> Arguments,
    TimeSpan Timeout,
    long? MemoryLimitBytes,
    int MaxStdoutBytes,
    int MaxStderrBytes = 16 * 1024);
