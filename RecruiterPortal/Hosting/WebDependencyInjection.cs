using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Radzen;
using RecruiterPortal.Auth;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Identity;
using RecruiterPortal.Core.Users;
using RecruiterPortal.Endpoints;

namespace RecruiterPortal.Hosting;

/// <summary>Registers the web layer: Blazor, Radzen, sign-in, API keys, policies, the HTTP API.</summary>
public static class WebDependencyInjection
{
    public static IServiceCollection AddPortalWeb(this IServiceCollection services, IConfiguration configuration)
    {
        // A browser that falls behind (a busy laptop, fifty tabs on one session) holds at most two render
        // batches in flight; further changes wait and go out as one batch of the latest state, not a backlog.
        services.AddRazorComponents().AddInteractiveServerComponents(o => o.MaxBufferedUnacknowledgedRenderBatches = 2);
        services.AddRadzenComponents();
        services.AddRadzenCookieThemeService(o =>
        {
            o.Name = "rp-theme";
            o.Duration = TimeSpan.FromDays(365);
        });

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingPortalAuthenticationStateProvider>();
        services.AddScoped<CircuitHandler, TenantCircuitHandler>();
        services.AddOptions<CircuitOptions>().BindConfiguration(CircuitOptions.Section)
            .Validate(o => o.MaxPerUser >= 1, "Circuits:MaxPerUser must be at least 1.").ValidateOnStart();
        services.AddSingleton<CircuitCounter>();
        services.AddScoped<CircuitAdmission>();
        services.AddScoped<CircuitHandler, CircuitCapHandler>();
        services.AddPortalRateLimits(configuration);
        services.AddScoped<IdentityRedirectManager>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = PortalRoutes.Login;
                o.LogoutPath = PortalRoutes.Logout;
                o.AccessDeniedPath = PortalRoutes.AccessDenied;
                o.Cookie.Name = "rp-auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
            }));
        new IdentityBuilder(typeof(PortalUser), services).AddSignInManager<PortalSignInManager>();
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<UserAccountOptions>>(
            (o, accounts) => o.ValidationInterval = TimeSpan.FromSeconds(accounts.Value.RevalidationSeconds));

        services.AddAuthorization(PortalPolicies.Configure);
        services.AddAntiforgery();
        services.AddProblemDetails();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "RecruiterPortal API";
            document.Info.Description = "Authenticate with 'Authorization: Bearer <API key>'. Keys are created by Owners and Admins under Admin → API keys.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
