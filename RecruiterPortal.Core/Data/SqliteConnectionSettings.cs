using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RecruiterPortal.Core.Data;

/// <summary>
/// Per-connection SQLite settings for many writers (pipeline workers) beside readers (pages):
/// SQLite's own busy handler waits for the write lock in short, growing sleeps, instead of failing back
/// to the provider's coarse retry loop; with WAL, <c>synchronous=NORMAL</c> stays durable across crashes
/// of the app (only an OS crash can lose the last commits) and spares an fsync per commit.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    // secure_delete zeroes deleted content, so an erased candidate's bytes do not linger in free pages.
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
