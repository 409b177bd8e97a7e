using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Ai;
using RecruiterPortal.Components;
using RecruiterPortal.Core.Data;
using RecruiterPortal.Core.Provisioning;
using RecruiterPortal.Endpoints;

namespace RecruiterPortal.Hosting;

/// <summary>Start-up steps and the request pipeline, so Program.cs reads like a table of contents.</summary>
public static class PortalApplication
{
    /// <summary>Migrates the database, runs bootstrap and demo seeding, and prints where to go.</summary>
    public static async Task PreparePortalAsync(this WebApplication app)
    {
        // Checked here as well as by ValidateOnStart, so a wrong setting is reported by Program.cs in
        // one line before the host starts (and logs the failure with a stack trace).
        _ = app.Services.GetRequiredService<IOptions<AiOptions>>().Value;
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
        var provisioning = app.Services.GetRequiredService<StartupProvisioning>();
        await provisioning.RunAsync(app.Lifetime.ApplicationStopping);

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.WriteLine();
            Console.WriteLine($"RecruiterPortal is running: {string.Join(", ", addresses)}");
            foreach (var line in provisioning.ConsoleNotes)
            {
                Console.WriteLine(line);
            }

            Console.WriteLine();
        });
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        // Inside the page handler, so it catches first. The API answers an unexpected failure with bare
        // problem details in every environment: never the exception's message or stack trace.
        app.UseWhen(context => context.Request.Path.StartsWithSegments(PortalApi.Prefix), api => api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A malformed request (a missing query parameter, unreadable JSON) is the caller's to fix: say what it was.
            ExceptionHandler = context => (context.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad
                ? Results.Problem(bad.Message, statusCode: bad.StatusCode)
                : Results.Problem(
                    "The request could not be completed. Try again; if it keeps happening, give this reference to your administrator: " + context.TraceIdentifier,
                    statusCode: StatusCodes.Status500InternalServerError)).ExecuteAsync(context),
        }));

        // Inside both handlers: the failure reaches the tenant's error log under the reference they show.
        app.UseMiddleware<ErrorRecordingMiddleware>();

        app.UseStatusCodePages(async context =>
        {
            // The API answers problem details; pages keep the framework's behaviour.
            if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem(statusCode: context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext);
            }
        });
        app.UseAuthentication();
        app.UseMiddleware<TenantContextMiddleware>();
        app.UsePortalRateLimits();
        app.UseAuthorization();
        app.UseMiddleware<AccessOutcomeMiddleware>();
        app.UseMiddleware<TwoFactorEnforcementMiddleware>();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapFileEndpoints().MapTailorExportFiles();
        app.MapSessionFileEndpoints();
        app.MapReportFiles();
        app.MapAuditEndpoints();
        app.MapPortalApi();
        app.MapOpenApi();
        app.MapHealthChecks("/healthz");
        return app;
    }
}
