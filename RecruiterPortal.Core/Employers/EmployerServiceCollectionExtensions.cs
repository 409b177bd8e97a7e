using Microsoft.Extensions.DependencyInjection;

namespace RecruiterPortal.Core.Employers;

public static class EmployerServiceCollectionExtensions
{
    /// <summary>Canonical employers: the service behind the employers page and API.</summary>
    public static IServiceCollection AddPortalEmployers(this IServiceCollection services)
    {
        services.AddScoped<EmployerService>();
        return services;
    }
}
