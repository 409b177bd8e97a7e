using RecruiterPortal.Core.Parsing;

namespace RecruiterPortal.Core.Tailoring;

/// <summary>A resume part-way through tailoring: its content plus the "Key skills:" line, if any.</summary>
internal sealed record TailoringDraft(ParsedResume Resume, IReadOnlyList<string> KeySkills)
{
    public string Render() => ResumeMarkdown.Render(Resume, KeySkills);
}
