using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Data;

namespace RecruiterPortal.Core.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    public const string ApplicationName = "RecruiterPortal";

    /// <summary>
    /// The Data Protection key ring in the database (table <c>data_protection_keys</c>), so every
    /// instance protects and reads with the same keys, encrypted with a certificate when
    /// <paramref name="certificates"/> are given; and the candidate contact protection built on it.
    /// Needs a scoped <see cref="PortalDbContext"/>.
    /// </summary>
    public static IServiceCollection AddPortalKeyRing(this IServiceCollection services, KeyRingCertificates? certificates = null)
    {
        var keyRing = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<PortalDbContext>();
        if (certificates is not null)
        {
            keyRing.ProtectKeysWithCertificate(certificates.Current)
                .UnprotectKeysWithAnyCertificate([.. certificates.All]);
            services.AddSingleton(certificates);
        }

        services.AddSingleton<ContactProtection>();
        return services;
    }

    /// <summary>Erasure, export and the retention job.</summary>
    public static IServiceCollection AddPortalPrivacy(this IServiceCollection services)
    {
        services.AddScoped<CandidateErasure>();
        services.AddScoped<CandidateDataExport>();
        services.AddScoped<RetentionService>();
        services.AddSingleton<RetentionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionWorker>());
        return services;
    }
}
