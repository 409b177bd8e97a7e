using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Hosting;

namespace RecruiterPortal.Core.Storage;

/// <summary>
/// Keeps files on disk as <c>&lt;root&gt;/&lt;tenantId&gt;/&lt;sha[0..2]&gt;/&lt;sha&gt;</c>. Files are written to a
/// temporary name and moved into place, so a reader never sees half a file and a crash leaves at
/// most a stray temporary file.
/// </summary>
public sealed class FileSystemBlobStore(PortalDbContext db, PortalPaths paths, IOptions<StorageOptions> options)
    : BlobStoreBase(db)
{
    private readonly string _root = paths.Resolve(options.Value.Root);

    public override string Provider => StorageOptions.FileSystem;

    public string Root => _root;

    protected override async Task<byte[]?> ReadContentAsync(Guid tenantId, string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(tenantId, sha256);
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    protected override async Task WriteContentAsync(Guid tenantId, string sha256, byte[] content, CancellationToken cancellationToken)
    {
        var path = PathOf(tenantId, sha256);
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temp, content, cancellationToken);
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another writer stored the same bytes first; its copy is identical.
        }
        finally
        {
            File.Delete(temp);
        }
    }

    protected override Task DeleteContentAsync(Guid tenantId, string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(tenantId, sha256);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    protected override Task<bool> ContentExistsAsync(Guid tenantId, string sha256, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(PathOf(tenantId, sha256)));

    private string PathOf(Guid tenantId, string sha256) =>
        Path.Combine(_root, tenantId.ToString("D"), sha256[..2], sha256);
}
