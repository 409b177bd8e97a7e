namespace RecruiterPortal.Core.Settings;

/// <summary>
/// A tenant's settings as the page shows them: never the AI key itself, only whether one is saved.
/// Null values mean "the portal's setting", which <see cref="Portal"/> gives.
/// </summary>
public sealed record TenantSettingsView(
    string? AiProvider,
    string? AiEndpoint,
    string? AiModel,
    bool HasAiKey,
    bool AiKeyUnreadable,
    int? AiRequestsPerMinute,
    int? MaxFileMegabytes,
    int? MaxFilesPerBatch,
    int? QuotaResumes,
    int? QuotaMegabytes,
    int? BulkConcurrency,
    PortalLimits Portal,
    DateTime? UpdatedAt);

/// <summary>The portal's own configuration, which a tenant's settings can only tighten.</summary>
public sealed record PortalLimits(string AiProvider, string? AiModel, int AiRequestsPerMinute, int MaxFileMegabytes, int MaxFilesPerBatch, int BulkConcurrency);

/// <summary>
/// A save from the settings page or API. <see cref="NewAiKey"/> replaces the saved key when given
/// (null keeps it); <see cref="RemoveAiKey"/> deletes it.
/// </summary>
public sealed class TenantSettingsUpdate
{
    public string? AiProvider { get; set; }

    public string? AiEndpoint { get; set; }

    public string? AiModel { get; set; }

    public string? NewAiKey { get; set; }

    public bool RemoveAiKey { get; set; }

    public int? AiRequestsPerMinute { get; set; }

    public int? MaxFileMegabytes { get; set; }

    public int? MaxFilesPerBatch { get; set; }

    public int? QuotaResumes { get; set; }

    public int? QuotaMegabytes { get; set; }

    public int? BulkConcurrency { get; set; }

    public static TenantSettingsUpdate From(TenantSettingsView view) => new()
    {
        AiProvider = view.AiProvider,
        AiEndpoint = view.AiEndpoint,
        AiModel = view.AiModel,
        AiRequestsPerMinute = view.AiRequestsPerMinute,
        MaxFileMegabytes = view.MaxFileMegabytes,
        MaxFilesPerBatch = view.MaxFilesPerBatch,
        QuotaResumes = view.QuotaResumes,
        QuotaMegabytes = view.QuotaMegabytes,
        BulkConcurrency = view.BulkConcurrency,
    };
}

/// <summary>
/// What applies to the current tenant now: its own settings where it has them, the portal's
/// otherwise, each limit never above the portal's.
/// </summary>
/// <param name="Ai">The AI settings tailoring uses (the tenant's provider, endpoint, model and key, or the portal's).</param>
/// <param name="AiIsTenants">True when <paramref name="Ai"/> is the tenant's own provider.</param>
/// <param name="TenantAiRequestsPerMinute">The tenant's own request rate, when it set one below the portal's.</param>
public sealed record EffectiveTenantSettings(
    Ai.AiOptions Ai,
    bool AiIsTenants,
    int? TenantAiRequestsPerMinute,
    long MaxFileBytes,
    int MaxFilesPerBatch,
    int? QuotaResumes,
    long? QuotaBytes);
