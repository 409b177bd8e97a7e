using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace RecruiterPortal.Tests.Fixtures;

/// <summary>
/// A real, throwaway PostgreSQL 15 server for the test run: a fresh cluster started from Debian's
/// binaries on a free loopback port, stopped when the test process exits. Each test asks for its
/// own database. Set RP_TEST_POSTGRES to a connection string to use an existing server instead.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> _adminConnection = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var admin = _adminConnection.Value;
        var name = $"rp_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("RP_TEST_POSTGRES") is { Length: > 0 } existing)
        {
            return existing;
        }

        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL server binaries are not installed: run scripts/setup.sh (installs Debian's postgresql).");
        var dir = Path.Combine(Path.GetTempPath(), $"rp-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(dir);
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres user.
            Run("chown", $"postgres:postgres {dir}");
        }

        RunAs(asRoot, Path.Combine(bin, "initdb"), $"-D {dir}/data -A trust -U postgres --no-sync -E UTF8");
        RunAs(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {dir}/data -l {dir}/log.txt -w -o \"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunAs(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {dir}/data -m immediate -w stop", throwOnError: false);
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAs(bool asRoot, string file, string arguments, bool throwOnError = true) =>
        Run(asRoot ? "runuser" : file, asRoot ? $"-u postgres -- {file} {arguments}" : arguments, throwOnError);

    private static void Run(string file, string arguments, bool throwOnError = true)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
        }

        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {arguments}' failed ({process.ExitCode}): {stdout.Result} {stderr.Result}");
        }
    }
}
