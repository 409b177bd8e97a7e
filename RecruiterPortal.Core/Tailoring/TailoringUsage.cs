namespace RecruiterPortal.Core.Tailoring;

/// <summary>What a tailoring cost at the language model: tokens, and HTTP requests including retries.</summary>
public sealed record TailoringUsage(string Provider, string? Model, long PromptTokens, long CompletionTokens, int Requests, int Retries);
