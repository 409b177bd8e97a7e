using RecruiterPortal.Auth;

namespace RecruiterPortal.Endpoints;

/// <summary>The HTTP API under /api/v1: API-key authentication, snake_case JSON, problem details.</summary>
public static class PortalApi
{
    public const string Prefix = "/api/v1";

    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix)
            .RequireAuthorization(PortalPolicies.ApiViewer)
            .WithTags("RecruiterPortal");
        api.MapMeEndpoints();
        api.MapResumeEndpoints().MapJobEndpoints().MapCandidateEndpoints().MapJobPostingEndpoints().MapMatchEndpoints().MapTailorEndpoints().MapTailorReviewEndpoints().MapTailorExportEndpoints().MapTailorSessionEndpoints().MapSettingsEndpoints().MapErrorLogEndpoints();
        api.MapEmployerEndpoints();
        api.MapReportEndpoints();
        api.MapAiScoreEndpoints();
        api.MapCoverLetterEndpoints();
        return endpoints;
    }
}
