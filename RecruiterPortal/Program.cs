using Microsoft.Extensions.Options;
using RecruiterPortal.Core;
using RecruiterPortal.Core.Hosting;
using RecruiterPortal.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Serve package assets (Radzen's CSS, fonts, JS) from their build locations when the portal runs from
// build output outside Development (scripts/run.sh); a no-op for published output, which has them in wwwroot.
builder.WebHost.UseStaticWebAssets();
try
{
    builder.Services.AddPortalCore(builder.Configuration, builder.Environment.ContentRootPath);
    builder.Services.AddPortalWeb(builder.Configuration);

    var app = builder.Build();
    await app.PreparePortalAsync();
    app.UsePortal();
    app.MapPortal();
    await app.RunAsync();
}
catch (PortalStartupException ex)
{
    // Configuration the portal cannot run with: say what to fix, without a stack trace.
    Console.Error.WriteLine($"RecruiterPortal cannot start: {ex.Message}");
    Environment.ExitCode = 1;
}
catch (OptionsValidationException ex)
{
    // ValidateOnStart found settings that cannot work (Ai:Provider without its endpoint…): one line per problem.
    Console.Error.WriteLine($"RecruiterPortal cannot start: {string.Join(" ", ex.Failures)}");
    Environment.ExitCode = 1;
}

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
