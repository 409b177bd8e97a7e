using Microsoft.Extensions.Options;

namespace RecruiterPortal.Core.Ai;

/// <summary>Checks the <c>Ai</c> section at start-up and says, per key, what to fix.</summary>
public sealed class AiOptionsValidator : IValidateOptions<AiOptions>
{
    public ValidateOptionsResult Validate(string? name, AiOptions options)
    {
        var errors = new List<string>(CheckProvider(options, AiSettingNames.Configuration));

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

    /// <summary>
    /// What the provider, endpoint, model and key lack, named as <paramref name="names"/> says: the
    /// configuration keys at start-up, the form's labels on a tenant's settings page.
    /// </summary>
    public static IReadOnlyList<string> CheckProvider(AiOptions options, AiSettingNames names)
    {
        var errors = new List<string>();
        var provider = AiProviders.Normalize(options.Provider);
        if (provider is null)
        {
            errors.Add($"{names.Provider} '{options.Provider}' is not known; use one of {string.Join(", ", AiProviders.All)}.");
        }

        var hasEndpoint = !string.IsNullOrWhiteSpace(options.Endpoint);
        if (hasEndpoint && !(Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add($"{names.Endpoint} '{options.Endpoint}' must be an absolute http or https address.");
        }

        switch (provider)
        {
            case AiProviders.OpenAi when string.IsNullOrWhiteSpace(options.ApiKey):
                errors.Add($"{names.Provider} openai needs {names.ApiKey}.");
                break;
            case AiProviders.Azure when !hasEndpoint || string.IsNullOrWhiteSpace(options.ApiKey):
                errors.Add($"{names.Provider} azure needs {names.Endpoint} (https://<resource>.openai.azure.com/openai/v1/) and {names.ApiKey}.");
                break;
            case AiProviders.Azure when string.IsNullOrWhiteSpace(options.Model):
                errors.Add($"{names.Provider} azure needs {names.Model} (the deployment name).");
                break;
            case AiProviders.OpenAiCompatible when !hasEndpoint || string.IsNullOrWhiteSpace(options.Model):
                errors.Add($"{names.Provider} openai-compatible needs {names.Endpoint} and {names.Model}.");
                break;
        }

        return errors;
    }
}

/// <summary>How validation messages name the AI settings.</summary>
public sealed record AiSettingNames(string Provider, string Endpoint, string Model, string ApiKey)
{
    public static AiSettingNames Configuration { get; } = new("Ai:Provider", "Ai:Endpoint", "Ai:Model", "Ai:ApiKey");

    public static AiSettingNames Form { get; } = new("AI provider", "Endpoint", "Model", "an API key");
}
