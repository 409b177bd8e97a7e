namespace RecruiterPortal.Core.ApiKeys;

/// <summary>Who an API key acts as: its tenant and role.</summary>
public sealed record ApiKeyPrincipal(Guid KeyId, string KeyName, Guid TenantId, string TenantName, string Role);
