using RecruiterPortal.Core.Tenancy;

namespace RecruiterPortal.Core.Monitoring;

/// <summary>
/// One unexpected failure seen while serving a tenant: a page or API request that answered 500, a
/// live page that broke, or a background job that threw. The reference is what the person saw
/// ("give this reference to your administrator"), so an Admin can find the entry from it. Expected
/// failures (a corrupt upload, a provider that did not answer) are shown on their own rows instead.
/// </summary>
public sealed class ErrorLogEntry : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public DateTime OccurredAt { get; set; }

    /// <summary>One of <see cref="ErrorSources"/>.</summary>
    public string Source { get; set; } = "";

    /// <summary>The request's trace identifier, the page's error reference or the job's id.</summary>
    public string Reference { get; set; } = "";

    /// <summary>The request's method and path (no query string), the page's address, or the job's kind.</summary>
    public string Where { get; set; } = "";

    public Guid? UserId { get; set; }

    public string ExceptionType { get; set; } = "";

    public string Message { get; set; } = "";

    /// <summary>The exception as .NET writes it (type, message, stack, inner exceptions), capped.</summary>
    public string Detail { get; set; } = "";
}

public static class ErrorSources
{
    public const string Page = "page";
    public const string Api = "api";
    public const string LivePage = "live_page";
    public const string Job = "job";

    public static IReadOnlyList<string> All { get; } = [Page, Api, LivePage, Job];

    public static string Describe(string source) => source switch
    {
        Page => "Page request",
        Api => "API request",
        LivePage => "Open page",
        Job => "Background job",
        _ => source,
    };
}
