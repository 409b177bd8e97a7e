using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RecruiterPortal.Auth;
using RecruiterPortal.Core.Settings;

namespace RecruiterPortal.Endpoints;

/// <summary>
/// <c>/api/v1/settings</c>: the tenant's settings for Owner and Admin keys. The AI key is write-only:
/// it is accepted as <c>new_ai_key</c> and only ever reported back as <c>has_ai_key</c>.
/// </summary>
public static class SettingsEndpoints
{
    public static RouteGroupBuilder MapSettingsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/settings", GetAsync)
            .RequireAuthorization(PortalPolicies.ApiAdmin)
            .WithName("GetTenantSettings")
            .WithSummary("The tenant's settings (AI provider, upload limits, quota); never the AI key itself.");

        api.MapPut("/settings", PutAsync)
            .RequireAuthorization(PortalPolicies.ApiAdmin)
            .WithName("UpdateTenantSettings")
            .WithSummary("Replace the tenant's settings; omit new_ai_key to keep the saved key, set remove_ai_key to delete it.");
        return api;
    }

    private static async Task<Ok<TenantSettingsView>> GetAsync([FromServices] TenantSettingsService settings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await settings.GetAsync(cancellationToken));

    private static async Task<Results<Ok<TenantSettingsView>, ProblemHttpResult>> PutAsync(
        TenantSettingsUpdate update, [FromServices] TenantSettingsService settings, CancellationToken cancellationToken)
    {
        var result = await settings.SaveAsync(update, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Ok(result.Value!)
            : TypedResults.Problem(result.Error, statusCode: StatusCodes.Status400BadRequest);
    }
}
