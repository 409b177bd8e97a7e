using RecruiterPortal.Auth;
using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Endpoints;

/// <summary><c>POST /api/v1/tailor/verify</c>: checks a resume tailored anywhere against its original.</summary>
public static class TailorEndpoints
{
    private const int MaxMarkdownChars = 200_000;

    public static RouteGroupBuilder MapTailorEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/tailor/verify", (VerifyRequest request, TailoringGuard guard) =>
            {
                if (string.IsNullOrWhiteSpace(request.OriginalMarkdown) || string.IsNullOrWhiteSpace(request.TailoredMarkdown))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["original_markdown"] = ["Send the original resume as Markdown in original_markdown and the tailored one in tailored_markdown."],
                    });
                }

                if (request.OriginalMarkdown.Length > MaxMarkdownChars || request.TailoredMarkdown.Length > MaxMarkdownChars)
                {
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"Each resume may be at most {MaxMarkdownChars:N0} characters.");
                }

                var report = guard.Verify(request.OriginalMarkdown, request.TailoredMarkdown, request.PreserveExperience ?? true);
                return Results.Ok(new VerifyResponse(report.Ok, report.Violations));
            })
            .RequireAuthorization(PortalPolicies.ApiRecruiter)
            .WithName("VerifyTailoredResume")
            .WithSummary("Checks a tailored resume against its original: no new employer, title, date, degree, institution, certification, number or unevidenced skill; contact unchanged; no section dropped.");
        return api;
    }

    public sealed record VerifyRequest(string? OriginalMarkdown, string? TailoredMarkdown, bool? PreserveExperience);

    public sealed record VerifyResponse(bool Ok, IReadOnlyList<GuardViolation> Violations);
}
