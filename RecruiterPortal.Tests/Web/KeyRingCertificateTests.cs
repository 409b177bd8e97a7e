using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core;
using RecruiterPortal.Core.Candidates;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Hosting;
using RecruiterPortal.Core.Privacy;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

/// <summary>
/// The Data Protection key ring encrypted at rest with a certificate (<c>DataProtection:CertificatePath</c>):
/// the stored keys are unreadable without it, a start without it or with another one stops with the
/// setting to fix, and a replaced certificate listed as previous keeps old data readable.
/// </summary>
public sealed class KeyRingCertificateTests : IDisposable
{
    private const string Email = "keyring.person@keyring-check.example";

    private readonly TestDatabase _database = TestDatabase.Sqlite();
    private readonly TempFolder _folder = new("rp-keyring");

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Keys_are_stored_encrypted_and_a_start_without_the_right_certificate_stops_with_the_setting_to_fix()
    {
        var first = WriteCertificate("first.pfx", "first-pass");
        var second = WriteCertificate("second.pfx", "second-pass");
        var withFirst = new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = first, ["DataProtection:CertificatePassword"] = "first-pass" };

        Guid tenantId;
        await using (var services = await StartAsync(withFirst))
        {
            tenantId = await AddCandidateAsync(services);
        }

        // Every stored key is an encrypted secret: no master key value is in the table.
        await using (var db = _database.CreateContext())
        {
            var keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml => Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal));
            Assert.All(keys, xml => Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal));
        }

        // The same certificate reads what was written.
        await using (var services = await StartAsync(withFirst))
        {
            Assert.Equal(Email, await ReadEmailAsync(services, tenantId));
        }

        // Without a certificate, or with another one, the portal does not start.
        var none = await Assert.ThrowsAsync<PortalStartupException>(() => StartAsync([]));
        Assert.Contains("encrypted with a certificate: set DataProtection:CertificatePath", none.Message, StringComparison.Ordinal);
        var other = await Assert.ThrowsAsync<PortalStartupException>(() => StartAsync(new() { ["DataProtection:CertificatePath"] = second, ["DataProtection:CertificatePassword"] = "second-pass" }));
        Assert.Contains("cannot be decrypted", other.Message, StringComparison.Ordinal);
        Assert.Contains("DataProtection:PreviousCertificates", other.Message, StringComparison.Ordinal);

        // A replaced certificate listed as previous keeps the old keys, and so the data, readable.
        await using (var services = await StartAsync(new()
        {
            ["DataProtection:CertificatePath"] = second,
            ["DataProtection:CertificatePassword"] = "second-pass",
            ["DataProtection:PreviousCertificates:0:Path"] = first,
            ["DataProtection:PreviousCertificates:0:Password"] = "first-pass",
        }))
        {
            Assert.Equal(Email, await ReadEmailAsync(services, tenantId));
        }
    }

    [Fact]
    public void A_missing_file_a_wrong_password_or_a_certificate_without_its_key_is_named_at_start_up()
    {
        var missing = Assert.Throws<PortalStartupException>(() => Load(new() { ["DataProtection:CertificatePath"] = "keys/nowhere.pfx" }));
        Assert.Contains("DataProtection:CertificatePath", missing.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);

        var path = WriteCertificate("ring.pfx", "right-pass");
        var wrong = Assert.Throws<PortalStartupException>(() => Load(new() { ["DataProtection:CertificatePath"] = path, ["DataProtection:CertificatePassword"] = "wrong-pass" }));
        Assert.Contains("cannot be opened", wrong.Message, StringComparison.Ordinal);

        using var rsa = RSA.Create(2048);
        using var withKey = new CertificateRequest("CN=Public only", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var publicOnly = Path.Combine(_folder.Path, "public-only.pfx");
        using (var certificate = X509CertificateLoader.LoadCertificate(withKey.RawData))
        {
            File.WriteAllBytes(publicOnly, certificate.Export(X509ContentType.Pfx, "pass"));
        }

        var keyless = Assert.Throws<PortalStartupException>(() => Load(new() { ["DataProtection:CertificatePath"] = publicOnly, ["DataProtection:CertificatePassword"] = "pass" }));
        Assert.Contains("no RSA private key", keyless.Message, StringComparison.Ordinal);

        var previous = Assert.Throws<PortalStartupException>(() => Load(new()
        {
            ["DataProtection:CertificatePath"] = path,
            ["DataProtection:CertificatePassword"] = "right-pass",
            ["DataProtection:PreviousCertificates:0:Path"] = "",
        }));
        Assert.Contains("DataProtection:PreviousCertificates:0:Path is empty", previous.Message, StringComparison.Ordinal);
        Assert.Null(Load([]));
    }

    private KeyRingCertificates? Load(Dictionary<string, string?> settings) =>
        KeyRingCertificates.Load(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), _folder.Path);

    /// <summary>The portal's services on the test database with <paramref name="settings"/>, initialised as at start-up.</summary>
    private async Task<ServiceProvider> StartAsync(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_database.Settings).AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddPortalCore(configuration, _folder.Path);
        var provider = services.BuildServiceProvider();
        try
        {
            await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
            return provider;
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    private static async Task<Guid> AddCandidateAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var tenant = new Tenant { Name = "Key Ring Talent", Slug = "key-ring-talent" };
        db.Tenants.Add(tenant);
        db.Add(new Candidate { TenantId = tenant.Id, FullName = "Key Ring Person", Email = Email });
        await db.SaveChangesAsync();
        return tenant.Id;
    }

    private static async Task<string?> ReadEmailAsync(ServiceProvider services, Guid tenantId)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Candidate>().Select(c => c.Email).SingleAsync();
    }

    private string WriteCertificate(string name, string password)
    {
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest($"CN=RecruiterPortal key ring ({name})", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }
}
