namespace RecruiterPortal.Core.Hosting;

/// <summary>
/// Where the portal keeps its files: <c>Portal:DataFolder</c>, by default <c>data/</c> under the
/// app's content root. Holds the SQLite database and, by default, the blob store.
/// </summary>
public sealed class PortalPaths(string dataFolder)
{
    public string DataFolder { get; } = Path.GetFullPath(dataFolder);

    public string Resolve(string relativeOrAbsolute) =>
        Path.IsPathRooted(relativeOrAbsolute) ? relativeOrAbsolute : Path.Combine(DataFolder, relativeOrAbsolute);
}
