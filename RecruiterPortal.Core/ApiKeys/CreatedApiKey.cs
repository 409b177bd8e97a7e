namespace RecruiterPortal.Core.ApiKeys;

/// <summary>A new key and its secret, which is shown once and never stored.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Secret);
