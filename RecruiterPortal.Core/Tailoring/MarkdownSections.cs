namespace RecruiterPortal.Core.Tailoring;

/// <summary>The section headings and line labels of the canonical resume Markdown.</summary>
internal static class MarkdownSections
{
    public const string Summary = "Summary";
    public const string SkillsHeading = "Skills";
    public const string Experience = "Experience";
    public const string Education = "Education";
    public const string Projects = "Projects";
    public const string Certifications = "Certifications";
    public const string Languages = "Languages";

    public const string KeySkillsLabel = "Key skills:";
    public const string LinkLabel = "Link:";
    public const string TechnologiesLabel = "Technologies:";
    public const string GpaLabel = "GPA";
    public const string Present = "Present";

    /// <summary>Separates title from employer and degree from institution; an em dash rarely appears inside either.</summary>
    public const string EntrySeparator = " — ";

    /// <summary>Separates the dates, location and GPA on an entry's detail line.</summary>
    public const string DetailSeparator = " · ";

    public const string RangeSeparator = " – ";
}
