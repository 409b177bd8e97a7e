using RecruiterPortal.Core.Ai;

namespace RecruiterPortal.Tests.Unit.Ai;

public class AiOptionsValidatorTests
{
    private readonly AiOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_need_nothing_configured()
    {
        Assert.True(_validator.Validate(null, new AiOptions()).Succeeded);
    }

    [Theory]
    [InlineData("openai-compatible", null, null, "fake", "Ai:Provider openai-compatible needs Ai:Endpoint and Ai:Model.")]
    [InlineData("openai-compatible", "http://127.0.0.1:8000/v1", null, null, "Ai:Provider openai-compatible needs Ai:Endpoint and Ai:Model.")]
    [InlineData("azure", "https://x.openai.azure.com/openai/v1/", "gpt-4o", null, "Ai:Provider azure needs Ai:Endpoint (https://<resource>.openai.azure.com/openai/v1/) and Ai:ApiKey.")]
    [InlineData("openai", null, "gpt-4o-mini", null, "Ai:Provider openai needs Ai:ApiKey.")]
    [InlineData("gemini", null, null, null, "Ai:Provider 'gemini' is not known; use one of built-in, openai, azure, ollama, openai-compatible.")]
    [InlineData("ollama", "localhost:11434", null, null, "Ai:Endpoint 'localhost:11434' must be an absolute http or https address.")]
    public void Each_unusable_combination_names_the_keys_to_set(string provider, string? endpoint, string? model, string? key, string message)
    {
        var result = _validator.Validate(null, new AiOptions { Provider = provider, Endpoint = endpoint, Model = model, ApiKey = key });

        Assert.False(result.Succeeded);
        Assert.Contains(message, result.Failures!);
    }

    [Fact]
    public void Ollama_needs_no_key_and_defaults_its_model()
    {
        var options = new AiOptions { Provider = "ollama", Endpoint = "http://127.0.0.1:11434/v1" };

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.Equal("llama3.1", options.EffectiveModel);
    }
}
