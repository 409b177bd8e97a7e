using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Data;

namespace RecruiterPortal.Core.Privacy;

/// <summary>
/// Encrypts a candidate's email and phone at rest and makes their keyed hashes, which the person
/// de-duplication and exact searches look up instead of the clear values. Encryption is a Data
/// Protection protector with a fixed purpose (the key ring lives in the database, so every instance
/// reads what another wrote); the hash is HMAC-SHA256 under a random key kept in
/// <see cref="PortalSecret"/>, itself protected by the key ring. See docs/privacy.md.
/// </summary>
public sealed class ContactProtection(IDataProtectionProvider provider, IServiceScopeFactory scopes)
{
    public const string ContactPurpose = "RecruiterPortal.Candidates.Contact.v1";
    public const string SecretPurpose = "RecruiterPortal.Secrets.v1";
    public const string HashKeyName = "candidate-contact-hash-key";

    private readonly IDataProtector _contact = provider.CreateProtector(ContactPurpose);
    private readonly IDataProtector _secrets = provider.CreateProtector(SecretPurpose);
    private readonly Lock _gate = new();
    private byte[]? _hashKey;

    public string Protect(string value) => _contact.Protect(value);

    public string Unprotect(string value) => _contact.Unprotect(value);

    /// <summary>The keyed hash of a normalised email (<see cref="Candidates.CandidateKeys.NormalizeEmail"/>).</summary>
    public string? HashEmail(string? normalizedEmail) => normalizedEmail is null ? null : Hash("email:" + normalizedEmail);

    /// <summary>The keyed hash of a phone number in E.164 (<see cref="Candidates.CandidateKeys.NormalizePhone"/>).</summary>
    public string? HashPhone(string? e164) => e164 is null ? null : Hash("phone:" + e164);

    /// <summary>
    /// Loads (or creates) the key ring and the hash key now, outside any transaction, so a later
    /// save never waits on its own database for them.
    /// </summary>
    public void EnsureReady()
    {
        _ = _contact.Unprotect(_contact.Protect("ready"));
        _ = HashKey();
    }

    private string Hash(string text) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(HashKey(), Encoding.UTF8.GetBytes(text)));

    private byte[] HashKey()
    {
        if (_hashKey is { } known)
        {
            return known;
        }

        lock (_gate)
        {
            return _hashKey ??= LoadOrCreateHashKey();
        }
    }

    private byte[] LoadOrCreateHashKey()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (Read(db) is { } stored)
        {
            return stored;
        }

        var key = RandomNumberGenerator.GetBytes(32);
        db.Set<PortalSecret>().Add(new PortalSecret { Name = HashKeyName, ProtectedValue = _secrets.Protect(Convert.ToBase64String(key)) });
        try
        {
            db.SaveChanges();
            return key;
        }
        catch (DbUpdateException)
        {
            // Another instance created it first: use theirs, so both hash alike.
            db.ChangeTracker.Clear();
            return Read(db) ?? throw new InvalidOperationException("The contact hash key could not be stored or read.");
        }
    }

    private byte[]? Read(PortalDbContext db) =>
        db.Set<PortalSecret>().AsNoTracking().Where(s => s.Name == HashKeyName).Select(s => s.ProtectedValue).FirstOrDefault() is { } value
            ? Convert.FromBase64String(_secrets.Unprotect(value))
            : null;
}
