namespace RecruiterPortal.Core.Storage;

/// <summary>
/// Where uploaded files live. <c>Storage:Provider</c> is <c>FileSystem</c> (default) or
/// <c>Database</c>; <c>Storage:Root</c> is the file-system root, by default
/// <c>&lt;Portal:DataFolder&gt;/blobs</c> (relative paths are taken from the data folder).
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string FileSystem = "FileSystem";

    public const string Database = "Database";

    public string Provider { get; set; } = FileSystem;

    public string Root { get; set; } = "blobs";
}
