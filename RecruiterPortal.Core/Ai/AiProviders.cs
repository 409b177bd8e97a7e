namespace RecruiterPortal.Core.Ai;

/// <summary>The language-model providers the portal can talk to; all speak the OpenAI chat-completions protocol.</summary>
public static class AiProviders
{
    public const string BuiltIn = "built-in";
    public const string OpenAi = "openai";
    public const string Azure = "azure";
    public const string Ollama = "ollama";
    public const string OpenAiCompatible = "openai-compatible";

    public static IReadOnlyList<string> All { get; } = [BuiltIn, OpenAi, Azure, Ollama, OpenAiCompatible];

    /// <summary>The canonical name for <paramref name="name"/>, or null when it is not a provider; "built_in" is the name stored on rows.</summary>
    public static string? Normalize(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "built-in" or "built_in" or "builtin" => BuiltIn,
        "openai" => OpenAi,
        "azure" or "azure-openai" => Azure,
        "ollama" => Ollama,
        "openai-compatible" or "vllm" => OpenAiCompatible,
        _ => null,
    };

    public static bool IsBuiltIn(string? name) => Normalize(name) == BuiltIn;
}
