using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Settings;

/// <summary>
/// A tenant's own settings (one row per tenant, created on the first save; absent means the
/// portal's configuration applies throughout). Every limit here can only tighten the portal's own:
/// the effective value is the smaller of the two. The AI key is stored encrypted with ASP.NET Core
/// Data Protection, never in clear.
/// </summary>
public class TenantSettings : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>The tenant's own AI provider; null uses the portal's <c>Ai:</c> configuration.</summary>
    public string? AiProvider { get; set; }

    public string? AiEndpoint { get; set; }

    public string? AiModel { get; set; }

    /// <summary>The API key, protected with <see cref="TenantSettingsService.AiKeyPurpose"/>.</summary>
    public string? AiKeyProtected { get; set; }

    public int? AiRequestsPerMinute { get; set; }

    public int? MaxFileMegabytes { get; set; }

    public int? MaxFilesPerBatch { get; set; }

    /// <summary>The most resumes the tenant may keep; an upload past it is refused.</summary>
    public int? QuotaResumes { get; set; }

    /// <summary>The most megabytes of resume files the tenant may keep.</summary>
    public int? QuotaMegabytes { get; set; }

    /// <summary>
    /// The most of the tenant's tailorings (bulk session items and single ones) one instance runs at
    /// once; null uses the portal's <c>Bulk:MaxConcurrency</c>.
    /// </summary>
    public int? BulkConcurrency { get; set; }

    public Guid? UpdatedByUserId { get; set; }

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}
