using RecruiterPortal.Core.CoverLetters;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Core.Bulk;
using RecruiterPortal.Core.ApiKeys;
using RecruiterPortal.Core.Dashboard;
using RecruiterPortal.Core.Exports;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Employers;
using RecruiterPortal.Core.Hosting;
using RecruiterPortal.Core.Identity;
using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Pipeline;
using RecruiterPortal.Core.Privacy;
using RecruiterPortal.Core.Provisioning;
using RecruiterPortal.Core.Reports;
using RecruiterPortal.Core.Scoring;
using RecruiterPortal.Core.Tailoring;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Core.Users;

namespace RecruiterPortal.Core;

/// <summary>Registers the portal's domain, data layer and services.</summary>
public static class DependencyInjection
{
    public static IServiceCollection AddPortalCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var paths = new PortalPaths(configuration["Portal:DataFolder"] is { Length: > 0 } folder
            ? Path.Combine(contentRoot, folder)
            : Path.Combine(contentRoot, "data"));
        services.AddSingleton(paths);
        services.TryAddSingleton(TimeProvider.System);

        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());

        services.AddPortalDatabase(configuration, paths);
        services.AddPortalKeyRing(KeyRingCertificates.Load(configuration, contentRoot));
        services.AddSingleton<DatabaseInitializer>();

        services.AddIdentityCore<PortalUser>(ConfigureIdentity)
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();

        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        services.AddOptions<TenancyOptions>().BindConfiguration(TenancyOptions.Section);
        services.AddScoped<TenantProvisioner>();
        services.AddSingleton<StartupProvisioning>();
        services.AddScoped<ApiKeyService>();
        services.AddScoped<Audit.AuditLog>();
        services.AddScoped<Monitoring.ErrorLog>();
        services.AddScoped<TenantUserDirectory>();
        services.AddOptions<UserAccountOptions>().BindConfiguration(UserAccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<UserAdministration>();
        services.AddScoped<UserInvitations>();
        services.AddScoped<TwoFactorRequirement>();
        services.AddScoped<DashboardService>();
        services.AddPortalPipeline(configuration);
        services.AddPortalIngestion(configuration);
        services.AddPortalMatching(configuration);
        services.AddPortalAi();
        services.AddPortalTailoring();
        services.AddPortalAiScoring();
        services.AddPortalCoverLetters();
        services.AddPortalExports();
        services.AddPortalBulk(configuration);
        services.AddPortalPrivacy();
        services.AddPortalEmployers();
        services.AddPortalReports();
        return services;
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        // OWASP ASVS 5: length, not composition; CommonPasswordValidator adds the rest.
        options.Password.RequiredLength = CommonPasswordValidator.MinLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);

        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
