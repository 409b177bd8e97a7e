using Microsoft.Extensions.Options;

namespace RecruiterPortal.Core.Pipeline;

/// <summary>Rejects settings the engine cannot run safely with, naming the key to fix.</summary>
internal sealed class PipelineOptionsValidator : IValidateOptions<PipelineOptions>
{
    public ValidateOptionsResult Validate(string? name, PipelineOptions options)
    {
        var errors = new List<string>();
        if (options.Workers is < 1 or > PipelineOptions.MaxWorkers)
        {
            errors.Add($"Pipeline:Workers must be between 1 and {PipelineOptions.MaxWorkers} (it is {options.Workers}).");
        }

        foreach (var (kind, limit) in options.KindConcurrency)
        {
            if (limit < 1)
            {
                errors.Add($"Pipeline:KindConcurrency:{kind} must be at least 1 (it is {limit}).");
            }
        }

        RequirePositive(errors, nameof(options.PollInterval), options.PollInterval);
        RequirePositive(errors, nameof(options.HeartbeatInterval), options.HeartbeatInterval);
        RequirePositive(errors, nameof(options.LeaseTimeout), options.LeaseTimeout);
        RequirePositive(errors, nameof(options.ReclaimInterval), options.ReclaimInterval);
        RequirePositive(errors, nameof(options.RetryBaseDelay), options.RetryBaseDelay);
        RequirePositive(errors, nameof(options.ReconnectDelay), options.ReconnectDelay);

        // A lease must survive a late heartbeat or two, or healthy jobs get taken away.
        if (options.LeaseTimeout < options.HeartbeatInterval * 2)
        {
            errors.Add("Pipeline:LeaseTimeout must be at least twice Pipeline:HeartbeatInterval.");
        }

        if (options.RetryMaxDelay < options.RetryBaseDelay)
        {
            errors.Add("Pipeline:RetryMaxDelay must not be shorter than Pipeline:RetryBaseDelay.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void RequirePositive(List<string> errors, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"Pipeline:{key} must be a positive time span such as 00:00:05 (it is {value}).");
        }
    }
}
