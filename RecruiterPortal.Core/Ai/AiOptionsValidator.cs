using Microsoft.Extensions.Options;

namespace RecruiterPortal.Core.Ai;

/// <summary>Checks the <c>Ai</c> section at start-up and says, per key, what to fix.</summary>
internal sealed class AiOptionsValidator : IValidateOptions<AiOptions>
{
    public ValidateOptionsResult Validate(string? name, AiOptions options)
    {
        var errors = new List<string>();
        var provider = AiProviders.Normalize(options.Provider);
        if (provider is null)
        {
            errors.Add($"Ai:Provider '{options.Provider}' is not known; use one of {string.Join(", ", AiProviders.All)}.");
        }

        var hasEndpoint = !string.IsNullOrWhiteSpace(options.Endpoint);
        if (hasEndpoint && !(Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add($"Ai:Endpoint '{options.Endpoint}' must be an absolute http or https address.");
        }

        switch (provider)
        {
            case AiProviders.OpenAi when string.IsNullOrWhiteSpace(options.ApiKey):
                errors.Add("Ai:Provider openai needs Ai:ApiKey.");
                break;
            case AiProviders.Azure when !hasEndpoint || string.IsNullOrWhiteSpace(options.ApiKey):
                errors.Add("Ai:Provider azure needs Ai:Endpoint (https://<resource>.openai.azure.com/openai/v1/) and Ai:ApiKey.");
                break;
            case AiProviders.Azure when string.IsNullOrWhiteSpace(options.Model):
                errors.Add("Ai:Provider azure needs Ai:Model (the deployment name).");
                break;
            case AiProviders.OpenAiCompatible when !hasEndpoint || string.IsNullOrWhiteSpace(options.Model):
                errors.Add("Ai:Provider openai-compatible needs Ai:Endpoint and Ai:Model.");
                break;
        }

        if (options.TimeoutSeconds is < 1 or > 600)
        {
            errors.Add("Ai:TimeoutSeconds must be between 1 and 600.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            errors.Add("Ai:MaxRetries must be between 0 and 10.");
        }

        if (options.MaxRequestsPerMinute is < 1 or > 100_000)
        {
            errors.Add("Ai:MaxRequestsPerMinute must be between 1 and 100000.");
        }

        if (double.IsNaN(options.Temperature) || options.Temperature is < 0 or > 2)
        {
            errors.Add("Ai:Temperature must be between 0 and 2.");
        }

        if (options.RetryBaseDelayMilliseconds is < 0 or > 60_000)
        {
            errors.Add("Ai:RetryBaseDelayMilliseconds must be between 0 and 60000.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
