using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Core.Exports;

/// <summary>What a tailored resume exports: the recruiter's reviewed version when there is one, else the tailored one.</summary>
public static class ExportContent
{
    /// <summary>The Markdown to export, or null when the tailoring has not completed.</summary>
    public static string? MarkdownOf(TailoredResume row) =>
        row.Status == TailoredResumeStatuses.Completed ? row.FinalMarkdown ?? row.TailoredMarkdown : null;

    /// <summary>"Candidate - Job title", falling back to the resume's own first heading.</summary>
    public static string TitleOf(string? candidateName, string? jobTitle, string markdown)
    {
        var name = string.IsNullOrWhiteSpace(candidateName) ? FirstHeading(markdown) : candidateName.Trim();
        var job = jobTitle?.Trim();
        return (string.IsNullOrEmpty(name), string.IsNullOrEmpty(job)) switch
        {
            (false, false) => $"{name} - {job}",
            (false, true) => name!,
            (true, false) => $"Resume - {job}",
            _ => "Resume",
        };
    }

    private static string? FirstHeading(string markdown)
    {
        using var reader = new StringReader(markdown);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                return line[2..].Trim();
            }
        }

        return null;
    }
}
