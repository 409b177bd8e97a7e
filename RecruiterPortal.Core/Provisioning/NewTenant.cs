namespace RecruiterPortal.Core.Provisioning;

/// <summary>A request for a new organisation and its Owner.</summary>
public sealed record NewTenant(string? TenantName, string? OwnerEmail, string? OwnerPassword, string? OwnerDisplayName = null);
