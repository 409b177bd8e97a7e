using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RecruiterPortal.Core;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Hosting;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Web;

public sealed class StartupErrorTests
{
    [Fact]
    public void An_unknown_provider_is_refused_with_the_setting_to_fix()
    {
        var error = Assert.Throws<PortalStartupException>(() => Services(new() { ["Database:Provider"] = "Oracle" }));

        Assert.Contains("Database:Provider is 'Oracle'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Sqlite'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_refused()
    {
        var error = Assert.Throws<PortalStartupException>(() => Services(new() { ["Database:Provider"] = "Postgres" }));

        Assert.Contains("ConnectionStrings:Portal is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_postgres_server_is_reported_not_thrown_as_a_stack_trace()
    {
        using var provider = Services(new()
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Portal"] = "Host=127.0.0.1;Port=1;Database=nothing;Username=nobody;Timeout=3",
        });

        var error = await Assert.ThrowsAsync<PortalStartupException>(() => provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None));

        Assert.Contains("Cannot open the Postgres database", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Portal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_process_exits_with_a_clear_message_on_wrong_configuration()
    {
        using var folder = new TempFolder();
        var app = typeof(Program).Assembly.Location;
        var info = new ProcessStartInfo("dotnet", [app, "--Database:Provider=Oracle", "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = folder.Path,
        };

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExit(TimeSpan.FromSeconds(60));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(exited, "The portal kept running with a wrong provider.");
        Assert.Equal(1, process.ExitCode);
        var message = await stderr;
        Assert.Contains("RecruiterPortal cannot start: Database:Provider is 'Oracle'", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Process")]
    public async Task Incomplete_ai_settings_stop_the_process_with_one_readable_line()
    {
        using var folder = new TempFolder();
        var info = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "--Ai:Provider=openai-compatible", "--Portal:DataFolder=" + folder.Path, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = folder.Path,
        };

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExit(TimeSpan.FromSeconds(60));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(exited, "The portal kept running with incomplete Ai settings.");
        Assert.Equal(1, process.ExitCode);
        var message = await stderr;
        Assert.Contains("RecruiterPortal cannot start: Ai:Provider openai-compatible needs Ai:Endpoint and Ai:Model.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message + await stdout, StringComparison.Ordinal);
    }

    /// <summary>The portal's services as start-up builds them from <paramref name="settings"/>.</summary>
    internal static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        using var folder = new TempFolder();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddPortalCore(configuration, folder.Path);
        return services.BuildServiceProvider();
    }
}
