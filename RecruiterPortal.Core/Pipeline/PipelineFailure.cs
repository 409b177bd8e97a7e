namespace RecruiterPortal.Core.Pipeline;

/// <summary>
/// A permanent failure of a job: retrying cannot help (unreadable file, invalid input). The message
/// is shown to the recruiter, so it says what happened and what to do.
/// </summary>
public sealed class PipelineFailure(string message, string code = "failed") : Exception(message)
{
    public string Code { get; } = code;
}
