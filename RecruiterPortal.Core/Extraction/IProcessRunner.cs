namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// Runs an external tool on untrusted input with a timeout, a memory cap and bounded output.
/// Exists as an abstraction so the limits can be proven with a fake process in tests.
/// </summary>
public interface IProcessRunner
{
    /// <summary>
    /// Runs the process to completion or until a limit is hit. Limits are reported in the result,
    /// never thrown; only cancellation by <paramref name="cancellationToken"/> throws.
    /// </summary>
    Task<ProcessRunResult> RunAsync(ProcessRunRequest request, CancellationToken cancellationToken);
}
