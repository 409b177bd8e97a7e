using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core.Data;

namespace RecruiterPortal.Core.Privacy;

/// <summary>
/// Encrypts a candidate's email and phone at rest and makes their keyed hashes, which the person
/// de-duplication and exact searches look up instead of the clear values; and encrypts the
/// documents that carry the same details (resume text and parsed data, tailored resumes and
/// letters, writing samples, work-in-progress checkpoints, uploaded files). Encryption is a Data
/// Protection protector per purpose (the key ring lives in the database, so every instance reads
/// what another wrote); the hash is HMAC-SHA256 under a random key kept in
/// <see cref="PortalSecret"/>, itself protected by the key ring. See docs/privacy.md.
/// </summary>
public sealed class ContactProtection(IDataProtectionProvider provider, IServiceScopeFactory scopes)
{
    public const string ContactPurpose = "RecruiterPortal.Candidates.Contact.v1";
    public const string SecretPurpose = "RecruiterPortal.Secrets.v1";
    public const string DocumentPurpose = "RecruiterPortal.Candidates.Documents.v1";
    public const string HashKeyName = "candidate-contact-hash-key";

    // Every Data Protection payload starts with the magic header 09 F0 C9 F0, which base64url writes as
    // "CfDJ8". A stored document without it was written before documents were encrypted and is read as is.
    private const string ProtectedTextStart = "CfDJ8";
    private static ReadOnlySpan<byte> ProtectedBytesStart => [0x09, 0xF0, 0xC9, 0xF0];

    private readonly IDataProtector _contact = provider.CreateProtector(ContactPurpose);
    private readonly IDataProtector _documents = provider.CreateProtector(DocumentPurpose);
    private readonly IDataProtector _secrets = provider.CreateProtector(SecretPurpose);
    private readonly Lock _gate = new();
    private byte[]? _hashKey;

    public string Protect(string value) => _contact.Protect(value);

    public string Unprotect(string value) => _contact.Unprotect(value);

    /// <summary>A document's text as stored: encrypted.</summary>
    public string ProtectDocument(string text) => _documents.Protect(text);

    /// <summary>A stored document's text in clear; text stored before encryption is returned unchanged.</summary>
    public string UnprotectDocument(string stored) =>
        stored.StartsWith(ProtectedTextStart, StringComparison.Ordinal) ? _documents.Unprotect(stored) : stored;

    /// <summary>A file's bytes as stored: encrypted.</summary>
    public byte[] ProtectDocument(byte[] content) => _documents.Protect(content);

    /// <summary>A stored file's bytes in clear; a file stored before encryption is returned unchanged.</summary>
    public byte[] UnprotectDocument(byte[] stored) =>
        stored.AsSpan().StartsWith(ProtectedBytesStart) ? _documents.Unprotect(stored) : stored;

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
