namespace RecruiterPortal.Core.Data;

/// <summary>
/// Which database the portal runs on. Keys: <c>Database:Provider</c> (Sqlite | Postgres),
/// <c>Database:MigrateOnStartup</c>; the connection string is <c>ConnectionStrings:Portal</c>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string Sqlite = "Sqlite";

    public const string Postgres = "Postgres";

    public string Provider { get; set; } = Sqlite;

    public bool MigrateOnStartup { get; set; } = true;

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);
}
