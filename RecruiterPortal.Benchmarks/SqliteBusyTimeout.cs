using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RecruiterPortal.Benchmarks;

/// <summary>
/// Sets SQLite's own busy handler on every connection the portal opens, for the
/// <c>--sqlite-busy-timeout</c> experiment: with it, a writer that finds the database locked waits
/// inside SQLite (short, growing sleeps) instead of failing back to the ADO.NET provider's retry loop.
/// </summary>
internal sealed class SqliteBusyTimeout(int milliseconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private string Pragma => string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {milliseconds};");
}
