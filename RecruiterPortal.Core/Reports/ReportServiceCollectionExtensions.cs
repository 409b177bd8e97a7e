using Microsoft.Extensions.DependencyInjection;

namespace RecruiterPortal.Core.Reports;

/// <summary>Registers saved reports (shortlists).</summary>
public static class ReportServiceCollectionExtensions
{
    public static IServiceCollection AddPortalReports(this IServiceCollection services)
    {
        services.AddScoped<ShortlistReportService>();
        services.AddSingleton<DemoReports>();
        return services;
    }
}
