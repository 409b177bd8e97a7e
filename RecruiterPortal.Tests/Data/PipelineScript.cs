namespace RecruiterPortal.Tests.Data;

/// <summary>What a <see cref="PipelineTestHandler"/> does with a job, carried as its payload.</summary>
/// <param name="Mode">ok | permanent | flaky | steps | block | slow | fail_first_run.</param>
/// <param name="FailAttempts">flaky and steps: the attempts (1, 2…) that throw a transient error.</param>
public sealed record PipelineScript(string Mode, int FailAttempts = 0, int DelayMs = 0);
