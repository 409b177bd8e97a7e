namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// A temp file readable only by this user, holding an upload for a child process; deleted on
/// dispose so strangers' documents never linger on disk.
/// </summary>
internal sealed class PrivateTempFile : IDisposable
{
    private PrivateTempFile(string path) => Path = path;

    public string Path { get; }

    public static async Task<PrivateTempFile> WriteAsync(byte[] content, string extension, CancellationToken cancellationToken)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"rp-extract-{Guid.NewGuid():N}{extension}");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var file = new PrivateTempFile(path);
        try
        {
            await using var stream = new FileStream(path, options);
            await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp file is not worth failing the upload over.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
