using Microsoft.EntityFrameworkCore;
using RecruiterPortal.Core.Data;

namespace RecruiterPortal.Core.Storage;

/// <summary>Keeps file bytes in the database (<see cref="BlobContent"/>), shared by every app instance.</summary>
public sealed class DatabaseBlobStore(PortalDbContext db) : BlobStoreBase(db)
{
    private readonly PortalDbContext _db = db;

    public override string Provider => StorageOptions.Database;

    protected override Task<byte[]?> ReadContentAsync(Guid tenantId, string sha256, CancellationToken cancellationToken) =>
        Contents(tenantId, sha256).Select(b => b.Content).FirstOrDefaultAsync(cancellationToken);

    protected override async Task WriteContentAsync(Guid tenantId, string sha256, byte[] content, CancellationToken cancellationToken)
    {
        if (!await Contents(tenantId, sha256).AnyAsync(cancellationToken))
        {
            _db.Set<BlobContent>().Add(new BlobContent { TenantId = tenantId, Sha256 = sha256, Content = content });
        }
    }

    protected override async Task DeleteContentAsync(Guid tenantId, string sha256, CancellationToken cancellationToken) =>
        await Contents(tenantId, sha256).ExecuteDeleteAsync(cancellationToken);

    protected override Task<bool> ContentExistsAsync(Guid tenantId, string sha256, CancellationToken cancellationToken) =>
        Contents(tenantId, sha256).AnyAsync(cancellationToken);

    // The tenant is named explicitly, so seeding and jobs work without an ambient tenant.
    private IQueryable<BlobContent> Contents(Guid tenantId, string sha256) =>
        _db.Set<BlobContent>().IgnoreQueryFilters().Where(b => b.TenantId == tenantId && b.Sha256 == sha256);
}
