using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Core.Audit;
using RecruiterPortal.Core.Common;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Settings;

/// <summary>
/// Reads and saves the current tenant's settings, and works out what applies to it now
/// (<see cref="Effective"/>). The AI key is protected with Data Protection before it is stored and
/// is never handed back to a page or the API; the audit log names the fields a save changed,
/// never their values.
/// </summary>
public sealed class TenantSettingsService(
    IDbContextFactory<PortalDbContext> dbFactory,
    ITenantContext tenant,
    IDataProtectionProvider dataProtection,
    IOptions<AiOptions> aiOptions,
    IOptions<UploadOptions> uploadOptions,
    IOptions<PipelineOptions> pipelineOptions,
    AuditLog audit,
    TimeProvider clock)
{
    public const string AiKeyPurpose = "RecruiterPortal.TenantSettings.AiKey";
    public const string InvalidCode = "invalid";

    /// <summary>Caps that keep a typo from meaning "unlimited" in practice.</summary>
    public const int MaxQuotaResumes = 10_000_000;
    public const int MaxQuotaMegabytes = 10_000_000;

    /// <summary>Shown as the portal's tailoring limit when the pipeline sets none for tailoring.</summary>
    public const int PortalBulkCeiling = 64;

    private readonly IDataProtector _protector = dataProtection.CreateProtector(AiKeyPurpose);
    private EffectiveTenantSettings? _effective;

    public PortalLimits Portal
    {
        get
        {
            var ai = aiOptions.Value;
            var uploads = uploadOptions.Value;
            return new PortalLimits(
                AiProviders.Normalize(ai.Provider) ?? AiProviders.BuiltIn,
                ai.IsLlmConfigured ? ai.EffectiveModel : null,
                ai.MaxRequestsPerMinute,
                (int)Math.Max(1, uploads.MaxFileBytes / (1024 * 1024)),
                uploads.MaxFilesPerBatch,
                Math.Min(pipelineOptions.Value.LimitFor(TailorResumeHandler.JobKind), PortalBulkCeiling));
        }
    }

    public async Task<TenantSettingsView> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<TenantSettings>().AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return ToView(row);
    }

    public async Task<Result<TenantSettingsView>> SaveAsync(TenantSettingsUpdate update, CancellationToken cancellationToken = default)
    {
        tenant.Demand(PortalRoles.Admin);
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Settings need a tenant.");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<TenantSettings>().FirstOrDefaultAsync(cancellationToken);
        var isNew = row is null;
        row ??= new TenantSettings { TenantId = tenantId };

        var provider = Clean(update.AiProvider) is { } named ? AiProviders.Normalize(named) ?? named : null;
        var endpoint = provider is null ? null : Clean(update.AiEndpoint);
        var model = provider is null ? null : Clean(update.AiModel);
        var newKey = Clean(update.NewAiKey);
        var keepKey = provider is not null && !update.RemoveAiKey && newKey is null;
        var key = provider is null || update.RemoveAiKey ? null : newKey ?? Unprotect(row.AiKeyProtected);

        var errors = new List<string>();
        if (provider is not null)
        {
            errors.AddRange(AiOptionsValidator.CheckProvider(new AiOptions { Provider = provider, Endpoint = endpoint, Model = model, ApiKey = key }, AiSettingNames.Form));
            if (endpoint is not null && !aiOptions.Value.AllowPrivateTenantEndpoints && await AiEndpointGuard.CheckAsync(endpoint, cancellationToken) is { } refused)
            {
                errors.Add(refused);
            }
        }

        var portal = Portal;
        CheckRange(errors, "AI requests per minute", update.AiRequestsPerMinute, portal.AiRequestsPerMinute, "the portal's limit");
        CheckRange(errors, "Largest file (MB)", update.MaxFileMegabytes, portal.MaxFileMegabytes, "the portal's limit");
        CheckRange(errors, "Files per upload", update.MaxFilesPerBatch, portal.MaxFilesPerBatch, "the portal's limit");
        CheckRange(errors, "Tailorings at once", update.BulkConcurrency, portal.BulkConcurrency, "the portal's limit");
        CheckRange(errors, "Resumes kept", update.QuotaResumes, MaxQuotaResumes, null);
        CheckRange(errors, "Megabytes of resumes kept", update.QuotaMegabytes, MaxQuotaMegabytes, null);
        if (errors.Count > 0)
        {
            return Result<TenantSettingsView>.Fail(string.Join(" ", errors), InvalidCode);
        }

        var changed = new List<string>();
        Set(changed, "ai_provider", row.AiProvider, provider, v => row.AiProvider = v);
        Set(changed, "ai_endpoint", row.AiEndpoint, endpoint, v => row.AiEndpoint = v);
        Set(changed, "ai_model", row.AiModel, model, v => row.AiModel = v);
        if (!keepKey && (newKey is not null || row.AiKeyProtected is not null))
        {
            row.AiKeyProtected = key is null ? null : _protector.Protect(key);
            changed.Add(newKey is null ? "ai_key (removed)" : "ai_key (replaced)");
        }

        Set(changed, "ai_requests_per_minute", row.AiRequestsPerMinute, update.AiRequestsPerMinute, v => row.AiRequestsPerMinute = v);
        Set(changed, "max_file_mb", row.MaxFileMegabytes, update.MaxFileMegabytes, v => row.MaxFileMegabytes = v);
        Set(changed, "max_files_per_batch", row.MaxFilesPerBatch, update.MaxFilesPerBatch, v => row.MaxFilesPerBatch = v);
        Set(changed, "quota_resumes", row.QuotaResumes, update.QuotaResumes, v => row.QuotaResumes = v);
        Set(changed, "quota_mb", row.QuotaMegabytes, update.QuotaMegabytes, v => row.QuotaMegabytes = v);
        Set(changed, "bulk_concurrency", row.BulkConcurrency, update.BulkConcurrency, v => row.BulkConcurrency = v);
        if (changed.Count == 0)
        {
            return Result<TenantSettingsView>.Ok(ToView(isNew ? null : row));
        }

        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        row.UpdatedByUserId = tenant.UserId;
        if (isNew)
        {
            db.Add(row);
        }

        await db.SaveChangesAsync(cancellationToken);
        _effective = null;
        await audit.RecordAsync(AuditActions.SettingsChanged, AuditEntities.Settings, "tenant", $"Changed: {string.Join(", ", changed)}", cancellationToken);
        return Result<TenantSettingsView>.Ok(ToView(row));
    }

    /// <summary>What applies to the current tenant, read once per scope (request, circuit or job).</summary>
    public async Task<EffectiveTenantSettings> EffectiveAsync(CancellationToken cancellationToken = default)
    {
        if (_effective is not null)
        {
            return _effective;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return _effective = Combine(await db.Set<TenantSettings>().AsNoTracking().FirstOrDefaultAsync(cancellationToken));
    }

    /// <summary>The same, for callers that cannot wait (properties of the AI client factory).</summary>
    public EffectiveTenantSettings Effective()
    {
        if (_effective is not null)
        {
            return _effective;
        }

        using var db = dbFactory.CreateDbContext();
        return _effective = Combine(db.Set<TenantSettings>().AsNoTracking().FirstOrDefault());
    }

    private EffectiveTenantSettings Combine(TenantSettings? row)
    {
        var portalAi = aiOptions.Value;
        var uploads = uploadOptions.Value;
        var ai = portalAi;
        var own = row?.AiProvider is not null;
        if (own)
        {
            ai = new AiOptions
            {
                Provider = row!.AiProvider!,
                Endpoint = row.AiEndpoint,
                Model = row.AiModel,
                ApiKey = Unprotect(row.AiKeyProtected),
                TimeoutSeconds = portalAi.TimeoutSeconds,
                MaxRetries = portalAi.MaxRetries,
                MaxRequestsPerMinute = portalAi.MaxRequestsPerMinute,
                Temperature = portalAi.Temperature,
                FallbackToBuiltIn = portalAi.FallbackToBuiltIn,
                RetryBaseDelayMilliseconds = portalAi.RetryBaseDelayMilliseconds,
                AllowPrivateTenantEndpoints = portalAi.AllowPrivateTenantEndpoints,
            };
        }

        var perMinute = row?.AiRequestsPerMinute is { } rpm && rpm < portalAi.MaxRequestsPerMinute ? rpm : (int?)null;
        var fileBytes = row?.MaxFileMegabytes is { } mb ? Math.Min(uploads.MaxFileBytes, mb * 1024L * 1024L) : uploads.MaxFileBytes;
        var files = row?.MaxFilesPerBatch is { } count ? Math.Min(uploads.MaxFilesPerBatch, count) : uploads.MaxFilesPerBatch;
        return new EffectiveTenantSettings(ai, own, perMinute, fileBytes, files, row?.QuotaResumes, row?.QuotaMegabytes * 1024L * 1024L);
    }

    private TenantSettingsView ToView(TenantSettings? row) => new(
        row?.AiProvider,
        row?.AiEndpoint,
        row?.AiModel,
        row?.AiKeyProtected is not null,
        row?.AiKeyProtected is not null && Unprotect(row.AiKeyProtected) is null,
        row?.AiRequestsPerMinute,
        row?.MaxFileMegabytes,
        row?.MaxFilesPerBatch,
        row?.QuotaResumes,
        row?.QuotaMegabytes,
        row?.BulkConcurrency,
        Portal,
        row?.UpdatedAt);

    /// <summary>The saved key in clear, or null when none is saved or the key ring can no longer read it.</summary>
    private string? Unprotect(string? protectedKey)
    {
        if (protectedKey is null)
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(protectedKey);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void CheckRange(List<string> errors, string label, int? value, int max, string? whose)
    {
        if (value is { } v && (v < 1 || v > max))
        {
            errors.Add(whose is null
                ? $"{label} must be between 1 and {max}."
                : $"{label} must be between 1 and {max} ({whose}).");
        }
    }

    private static void Set<T>(List<string> changed, string field, T current, T value, Action<T> assign)
    {
        if (!EqualityComparer<T>.Default.Equals(current, value))
        {
            assign(value);
            changed.Add(field);
        }
    }
}
