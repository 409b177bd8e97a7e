using RecruiterPortal.Core.Parsing;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>
/// A resume read back from its canonical Markdown: the structured resume, the "Key skills:" line
/// tailoring may add, the section headings in order, and the text below the contact line.
/// </summary>
public sealed record ResumeDocument
{
    public required ParsedResume Resume { get; init; }

    /// <summary>Skills of the "Key skills:" line, in the order written; empty when there is none.</summary>
    public IReadOnlyList<string> KeySkills { get; init; } = [];

    /// <summary>The <c>## </c> headings, in order.</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>Everything after the name and contact lines; checks on figures skip the phone number this way.</summary>
    public string Body { get; init; } = "";
}
