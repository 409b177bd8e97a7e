using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using RecruiterPortal.Core.Hosting;

namespace RecruiterPortal.Core.Privacy;

/// <summary>
/// The certificates that encrypt the Data Protection key ring at rest (settings section
/// <c>DataProtection</c>): new keys are encrypted with <see cref="Current"/>, and keys encrypted
/// with it or with a replaced certificate (<c>PreviousCertificates</c>) are read. Without a
/// certificate the keys are stored in clear (see docs/privacy.md).
/// </summary>
public sealed class KeyRingCertificates
{
    public const string Section = "DataProtection";

    private KeyRingCertificates(X509Certificate2 current, IReadOnlyList<X509Certificate2> all)
    {
        Current = current;
        All = all;
    }

    public X509Certificate2 Current { get; }

    /// <summary>The current certificate first, then the replaced ones.</summary>
    public IReadOnlyList<X509Certificate2> All { get; }

    /// <summary>
    /// The configured certificates, or null when <c>DataProtection:CertificatePath</c> is not set.
    /// A missing file, a wrong password or a certificate without its private key stops start-up
    /// with the setting to fix.
    /// </summary>
    public static KeyRingCertificates? Load(IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection(Section);
        if (section["CertificatePath"] is not { Length: > 0 } path)
        {
            return null;
        }

        var current = Open($"{Section}:CertificatePath", path, section["CertificatePassword"], contentRoot);
        var previous = section.GetSection("PreviousCertificates").GetChildren()
            .Select(c => Open($"{Section}:PreviousCertificates:{c.Key}:Path", c["Path"], c["Password"], contentRoot));
        return new KeyRingCertificates(current, [current, .. previous]);
    }

    private static X509Certificate2 Open(string setting, string? path, string? password, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new PortalStartupException($"{setting} is empty: name a PKCS#12 (.pfx) file.");
        }

        var full = Path.GetFullPath(path, contentRoot);
        if (!File.Exists(full))
        {
            throw new PortalStartupException($"{setting} '{full}' does not exist.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(full, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException ex)
        {
            throw new PortalStartupException($"{setting} '{full}' cannot be opened (a PKCS#12 file and its password are needed): {ex.Message}", ex);
        }

        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
        {
            certificate.Dispose();
            throw new PortalStartupException($"{setting} '{full}' has no RSA private key: the key ring needs one to read its keys.");
        }

        return certificate;
    }
}
