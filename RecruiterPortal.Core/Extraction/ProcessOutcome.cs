namespace RecruiterPortal.Core.Extraction;

/// <summary>How a child process run by an <see cref="IProcessRunner"/> ended.</summary>
public enum ProcessOutcome
{
    /// <summary>The process exited on its own; see the exit code.</summary>
    Exited,

    /// <summary>The wall-clock limit passed and the process tree was killed.</summary>
    TimedOut,

    /// <summary>The process wrote more than the output cap and was killed.</summary>
    OutputLimitExceeded,

    /// <summary>The executable could not be started (missing, not executable).</summary>
    FailedToStart,
}
