using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Hosting;
using RecruiterPortal.Core.Storage;
using RecruiterPortal.Core.Tenancy;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Unit.Storage;

/// <summary>The same bodies for every provider and database (the subclasses below).</summary>
public abstract class BlobStoreTests(string storage, string database) : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create(database);
    private readonly TempFolder _folder = new("rp-blobs");
    private readonly List<PortalDbContext> _contexts = [];
    private Guid _alpha;
    private Guid _beta;

    public async Task InitializeAsync()
    {
        await _database.MigrateAsync();
        await using var db = _database.CreateContext();
        var (alpha, beta) = (new Tenant { Name = "Alpha", Slug = "alpha" }, new Tenant { Name = "Beta", Slug = "beta" });
        db.Tenants.AddRange(alpha, beta);
        await db.SaveChangesAsync();
        (_alpha, _beta) = (alpha.Id, beta.Id);
    }

    public async Task DisposeAsync()
    {
        foreach (var db in _contexts)
        {
            await db.DisposeAsync();
        }

        _database.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_same_bytes_are_stored_once_per_tenant_under_their_hash()
    {
        var content = Encoding.UTF8.GetBytes("Jane Doe, nurse");

        var first = await Store().PutAsync(_alpha, content, "text/plain");
        var second = await Store().PutAsync(_alpha, content, "text/plain");

        Assert.Equal(BlobHash.Compute(content), first);
        Assert.Equal(first, second);
        Assert.Equal(content, await Store().ReadAsync(_alpha, first));
        await using var stream = (await Store().OpenAsync(_alpha, first))!;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());

        await using var db = _database.CreateContext();
        var pointer = await db.Set<StoredFile>().IgnoreQueryFilters().SingleAsync();
        Assert.Equal((_alpha, first, content.LongLength, storage), (pointer.TenantId, pointer.Sha256, pointer.SizeBytes, pointer.Provider));
        if (storage == StorageOptions.FileSystem)
        {
            Assert.Single(Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories));
            Assert.True(File.Exists(Path.Combine(_folder.Path, "blobs", _alpha.ToString(), first[..2], first)));
        }
        else
        {
            Assert.Equal(1, await db.Set<BlobContent>().IgnoreQueryFilters().CountAsync());
        }
    }

    [Fact]
    public async Task Files_are_stored_encrypted_and_files_stored_in_clear_earlier_still_read()
    {
        var content = Encoding.UTF8.GetBytes("Jane Doe, nurse, jane.doe@example.org");
        var sha = await Store().PutAsync(_alpha, content, "text/plain");

        var stored = await StoredBytesAsync(_alpha, sha);
        Assert.NotEqual(content, stored);
        Assert.True(stored.AsSpan().IndexOf("jane.doe@example.org"u8) < 0, "the stored bytes hold the email in clear");
        Assert.Equal(content, await Store().ReadAsync(_alpha, sha));

        // A file written in clear before files were encrypted is read back as it is.
        var legacy = Encoding.UTF8.GetBytes("%PDF-1.4 stored before encryption");
        var legacySha = BlobHash.Compute(legacy);
        await using (var db = _database.CreateContext())
        {
            db.Set<StoredFile>().Add(new StoredFile { TenantId = _alpha, Sha256 = legacySha, SizeBytes = legacy.Length, ContentType = "application/pdf", Provider = storage });
            if (storage == StorageOptions.FileSystem)
            {
                var path = Path.Combine(_folder.Path, "blobs", _alpha.ToString(), legacySha[..2], legacySha);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, legacy);
            }
            else
            {
                db.Set<BlobContent>().Add(new BlobContent { TenantId = _alpha, Sha256 = legacySha, Content = legacy });
            }

            await db.SaveChangesAsync();
        }

        Assert.Equal(legacy, await Store().ReadAsync(_alpha, legacySha));
    }

    [Fact]
    public async Task Tenants_do_not_see_each_others_files()
    {
        var sha = await Store().PutAsync(_alpha, [1, 2, 3], "application/pdf");

        Assert.True(await Store().ExistsAsync(_alpha, sha));
        Assert.False(await Store().ExistsAsync(_beta, sha));
        Assert.Null(await Store().ReadAsync(_beta, sha));
        Assert.Null(await Store().OpenAsync(_beta, sha));
        Assert.False(await Store().DeleteAsync(_beta, sha));
        Assert.True(await Store().ExistsAsync(_alpha, sha));

        // The same bytes in another tenant are that tenant's own copy.
        Assert.Equal(sha, await Store().PutAsync(_beta, [1, 2, 3], "application/pdf"));
        Assert.True(await Store().DeleteAsync(_alpha, sha));
        Assert.False(await Store().ExistsAsync(_alpha, sha));
        Assert.Equal([1, 2, 3], await Store().ReadAsync(_beta, sha));
    }

    [Fact]
    public async Task Malformed_addresses_are_refused_before_any_path_is_built()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store().ReadAsync(_alpha, "../../etc/passwd"));
        Assert.False(await Store().ExistsAsync(_alpha, "ABC"));
    }

    private async Task<byte[]> StoredBytesAsync(Guid tenantId, string sha)
    {
        if (storage == StorageOptions.FileSystem)
        {
            return await File.ReadAllBytesAsync(Path.Combine(_folder.Path, "blobs", tenantId.ToString(), sha[..2], sha));
        }

        await using var db = _database.CreateContext();
        return await db.Set<BlobContent>().IgnoreQueryFilters().Where(b => b.TenantId == tenantId && b.Sha256 == sha).Select(b => b.Content).SingleAsync();
    }

    private IBlobStore Store()
    {
        var tenant = new TenantContext();
        var db = _database.CreateContext(tenant);
        _contexts.Add(db);
        return storage == StorageOptions.FileSystem
            ? new FileSystemBlobStore(db, new PortalPaths(_folder.Path), Options.Create(new StorageOptions()))
            : new DatabaseBlobStore(db);
    }
}

public sealed class FileSystemBlobStoreTests() : BlobStoreTests(StorageOptions.FileSystem, DatabaseOptions.Sqlite);

public sealed class SqliteDatabaseBlobStoreTests() : BlobStoreTests(StorageOptions.Database, DatabaseOptions.Sqlite);

public sealed class PostgresDatabaseBlobStoreTests() : BlobStoreTests(StorageOptions.Database, DatabaseOptions.Postgres);
