namespace RecruiterPortal.Core.Storage;

/// <summary>
/// Content-addressed storage of uploaded files, per tenant: a file is named by the SHA-256 of its
/// bytes, so storing the same bytes twice keeps one copy. Every call names the tenant explicitly,
/// so the store works the same in a request, a pipeline job or start-up seeding.
/// </summary>
public interface IBlobStore
{
    /// <summary>The provider name recorded on <see cref="StoredFile.Provider"/>.</summary>
    string Provider { get; }

    /// <summary>Stores the bytes (once per tenant) and returns their lower-case hex SHA-256.</summary>
    Task<string> PutAsync(Guid tenantId, byte[] content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>A readable stream of the stored bytes, or null when the tenant has no such file.</summary>
    Task<Stream?> OpenAsync(Guid tenantId, string sha256, CancellationToken cancellationToken = default);

    /// <summary>The stored bytes, or null when the tenant has no such file.</summary>
    Task<byte[]?> ReadAsync(Guid tenantId, string sha256, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(Guid tenantId, string sha256, CancellationToken cancellationToken = default);

    /// <summary>Removes the file and its pointer row; false when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(Guid tenantId, string sha256, CancellationToken cancellationToken = default);
}
