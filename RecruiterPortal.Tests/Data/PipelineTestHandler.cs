using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Tests.Data;

/// <summary>A handler whose behaviour each job's <see cref="PipelineScript"/> chooses, recording what it did.</summary>
public sealed class PipelineTestHandler(string kind, PipelineProbe probe, ITenantContext tenant) : IPipelineHandler
{
    public const string DefaultKind = "test";

    public string Kind => kind;

    public async Task ExecuteAsync(PipelineJobContext context, CancellationToken cancellationToken)
    {
        var script = context.GetPayload<PipelineScript>();
        var run = probe.Started(context.JobId);
        if (tenant.TenantId != context.TenantId)
        {
            throw new PipelineFailure("The handler's scope does not act for the job's tenant.", "wrong_tenant");
        }

        using var _ = probe.Enter();
        switch (script.Mode)
        {
            case "ok":
                await context.ReportProgressAsync("working", 50, "Halfway", cancellationToken);
                context.SetResult(new { Echo = "done", context.Attempt });
                return;
            case "permanent":
                throw new PipelineFailure("The file is not a resume.", "not_a_resume");
            case "fail_first_run" when run == 1:
                throw new PipelineFailure("Not yet.", "not_yet");
            case "flaky" when context.Attempt <= script.FailAttempts:
                throw new InvalidOperationException("The service is briefly unavailable.");
            case "steps":
                await RunStepsAsync(context, script, cancellationToken);
                return;
            case "block":
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    probe.Cancelled.Add(context.JobId);
                    throw;
                }

                return;
            case "slow":
                await Task.Delay(script.DelayMs, cancellationToken);
                return;
            default:
                context.SetResult(new { Echo = "done", context.Attempt });
                return;
        }
    }

    private async Task RunStepsAsync(PipelineJobContext context, PipelineScript script, CancellationToken cancellationToken)
    {
        var parsed = await context.LoadCheckpointAsync<string>("parse", cancellationToken);
        if (parsed is null)
        {
            probe.CountStep(context.JobId, "parse");
            parsed = "parsed text";
            await context.SaveCheckpointAsync("parse", parsed, cancellationToken);
            await context.ReportProgressAsync("parse", 50, null, cancellationToken);
        }

        if (context.Attempt <= script.FailAttempts)
        {
            throw new IOException("The worker crashed after parsing.");
        }

        probe.CountStep(context.JobId, "score");
        context.SetResult(new { Parsed = parsed, context.Attempt });
    }
}
