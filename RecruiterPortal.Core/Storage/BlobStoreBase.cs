using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;

namespace RecruiterPortal.Core.Storage;

/// <summary>
/// What every provider shares: hashing, encryption, the <see cref="StoredFile"/> pointer row and
/// its unique (tenant, SHA-256) index, which settles a race between two uploads of the same bytes.
/// Files are named by the hash of their clear bytes and stored encrypted
/// (<see cref="Privacy.ContactProtection.ProtectDocument(byte[])"/>): an uploaded resume carries
/// the candidate's contact details.
/// </summary>
public abstract class BlobStoreBase(PortalDbContext db) : IBlobStore
{
    public abstract string Provider { get; }

    public async Task<string> PutAsync(Guid tenantId, byte[] content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sha256 = BlobHash.Compute(content);
        if (await Pointers(tenantId, sha256).AnyAsync(cancellationToken) && await ContentExistsAsync(tenantId, sha256, cancellationToken))
        {
            return sha256;
        }

        await WriteContentAsync(tenantId, sha256, db.ContactProtection.ProtectDocument(content), cancellationToken);
        if (!await Pointers(tenantId, sha256).AnyAsync(cancellationToken))
        {
            db.Set<StoredFile>().Add(new StoredFile
            {
                TenantId = tenantId,
                Sha256 = sha256,
                SizeBytes = content.LongLength,
                ContentType = contentType,
                Provider = Provider,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent upload of the same bytes may have won the unique index; both hold the same content.
            if (!await ExistsElsewhereAsync(tenantId, sha256, cancellationToken))
            {
                throw;
            }
        }

        return sha256;
    }

    public async Task<Stream?> OpenAsync(Guid tenantId, string sha256, CancellationToken cancellationToken = default) =>
        await ReadAsync(tenantId, sha256, cancellationToken) is { } bytes ? new MemoryStream(bytes, writable: false) : null;

    public async Task<byte[]?> ReadAsync(Guid tenantId, string sha256, CancellationToken cancellationToken = default) =>
        await ReadContentAsync(tenantId, BlobHash.Require(sha256), cancellationToken) is { } stored
            ? db.ContactProtection.UnprotectDocument(stored)
            : null;

    public async Task<bool> ExistsAsync(Guid tenantId, string sha256, CancellationToken cancellationToken = default) =>
        BlobHash.IsValid(sha256)
        && await Pointers(tenantId, sha256).AnyAsync(cancellationToken)
        && await ContentExistsAsync(tenantId, sha256, cancellationToken);

    public async Task<bool> DeleteAsync(Guid tenantId, string sha256, CancellationToken cancellationToken = default)
    {
        BlobHash.Require(sha256);
        var removed = await Pointers(tenantId, sha256).ExecuteDeleteAsync(cancellationToken);
        await DeleteContentAsync(tenantId, sha256, cancellationToken);
        return removed > 0;
    }

    /// <summary>The stored (encrypted) bytes, or null when there are none.</summary>
    protected abstract Task<byte[]?> ReadContentAsync(Guid tenantId, string sha256, CancellationToken cancellationToken);

    /// <summary>Writes the stored (encrypted) bytes, or stages them on the context, saved with the pointer row.</summary>
    protected abstract Task WriteContentAsync(Guid tenantId, string sha256, byte[] content, CancellationToken cancellationToken);

    protected abstract Task DeleteContentAsync(Guid tenantId, string sha256, CancellationToken cancellationToken);

    protected abstract Task<bool> ContentExistsAsync(Guid tenantId, string sha256, CancellationToken cancellationToken);

    private IQueryable<StoredFile> Pointers(Guid tenantId, string sha256) =>
        db.Set<StoredFile>().IgnoreQueryFilters().Where(f => f.TenantId == tenantId && f.Sha256 == sha256);

    private async Task<bool> ExistsElsewhereAsync(Guid tenantId, string sha256, CancellationToken cancellationToken)
    {
        // Drop the losing inserts so the context stays usable for the caller's own changes.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is StoredFile or BlobContent && e.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }

        return await Pointers(tenantId, sha256).AnyAsync(cancellationToken);
    }
}
