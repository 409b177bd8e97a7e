using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Hosting;

namespace RecruiterPortal.Core.Data;

internal static class DatabaseRegistration
{
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, PortalPaths paths)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        var connectionString = configuration.GetConnectionString("Portal");
        var migrationsAssembly = typeof(PortalDbContext).Assembly.FullName;

        if (string.Equals(options.Provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                Directory.CreateDirectory(paths.DataFolder);
                connectionString = $"Data Source={Path.Combine(paths.DataFolder, "portal.db")}";
            }

            services.AddDbContextFactory<SqlitePortalDbContext>(
                o => o.UseSqlite(connectionString, x => x.MigrationsAssembly(migrationsAssembly)).AddInterceptors(new SqliteConnectionSettings()),
                ServiceLifetime.Scoped);
            services.AddScoped<IDbContextFactory<PortalDbContext>, PortalDbContextFactory<SqlitePortalDbContext>>();
        }
        else if (options.IsPostgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new PortalStartupException(
                    "Database:Provider is Postgres but ConnectionStrings:Portal is empty. Set it, e.g. " +
                    "ConnectionStrings__Portal=\"Host=localhost;Port=5432;Database=recruiter_portal;Username=portal;Password=...\".");
            }

            services.AddDbContextFactory<PostgresPortalDbContext>(
                o => o.UseNpgsql(connectionString, x => x.MigrationsAssembly(migrationsAssembly)),
                ServiceLifetime.Scoped);
            services.AddScoped<IDbContextFactory<PortalDbContext>, PortalDbContextFactory<PostgresPortalDbContext>>();
        }
        else
        {
            throw new PortalStartupException(
                $"Database:Provider is '{options.Provider}', which the portal does not know. Use 'Sqlite' (the default) or 'Postgres'.");
        }

        // Identity's stores want a scoped context; everything else creates one per operation.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        return services;
    }
}
