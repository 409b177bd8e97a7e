using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Hosting;
using RecruiterPortal.Core.Privacy;

namespace RecruiterPortal.Core.Data;

/// <summary>
/// Brings the database to the model at start-up (unless <c>Database:MigrateOnStartup=false</c>)
/// and turns connection failures into a message that names the setting to fix.
/// </summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(cancellationToken);
        try
        {
            if (options.Value.MigrateOnStartup)
            {
                await db.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Database ready on {Provider}", db.Database.ProviderName);
            }
            else if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                throw new PortalStartupException($"Cannot connect to the {options.Value.Provider} database: check ConnectionStrings:Portal.");
            }

            if (db.Database.IsSqlite())
            {
                // WAL lets the UI read while pipeline workers write.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            // The key ring and the contact hash key, created now rather than inside a first save.
            var certificate = scope.ServiceProvider.GetService<KeyRingCertificates>() is not null;
            await RequireReadableKeyRingAsync(db, certificate, cancellationToken);
            if (!certificate)
            {
                logger.LogInformation("The key ring is stored in the database without a certificate; set {Setting} to encrypt it (docs/privacy.md)", $"{KeyRingCertificates.Section}:CertificatePath");
            }
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException && ex is not PortalStartupException)
        {
            var target = db.Database.GetDbConnection().DataSource;
            throw new PortalStartupException(
                $"Cannot open the {options.Value.Provider} database at '{target}': {ex.GetBaseException().Message} " +
                "Check ConnectionStrings:Portal and that the server is running.", ex);
        }
    }

    /// <summary>
    /// Stops start-up when the stored keys or secrets cannot be read here (keys encrypted with a
    /// certificate this instance lacks), instead of starting with a new key and unreadable data.
    /// </summary>
    private static async Task RequireReadableKeyRingAsync(PortalDbContext db, bool hasCertificate, CancellationToken cancellationToken)
    {
        if (!hasCertificate && await db.DataProtectionKeys.AnyAsync(k => k.Xml != null && k.Xml.Contains("encryptedSecret"), cancellationToken))
        {
            throw new PortalStartupException(
                $"The key ring in the database is encrypted with a certificate: set {KeyRingCertificates.Section}:CertificatePath " +
                $"(and {KeyRingCertificates.Section}:CertificatePassword) to it. Without it no sign-in, contact detail or document can be read.");
        }

        try
        {
            db.ContactProtection.EnsureReady();
        }
        catch (CryptographicException ex)
        {
            throw new PortalStartupException(
                $"The portal's stored secrets cannot be decrypted with this key ring ({ex.Message}). {KeyRingCertificates.Section}:CertificatePath " +
                $"must be the certificate the keys were encrypted with; list a replaced one under {KeyRingCertificates.Section}:PreviousCertificates.", ex);
        }
    }
}
