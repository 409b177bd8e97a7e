using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Parsing;

/// <summary>
/// Reads a resume's extracted text into a <see cref="ParsedResume"/>: contact details, positions,
/// education, projects, certifications, languages and taxonomy skills. Deterministic: the same
/// text always gives the same result.
/// </summary>
/// <remarks>
/// Resumes are arbitrary uploads, so the parser never throws: parts it cannot read are left empty.
/// Two-column PDF layouts (as <c>pdftotext -layout</c> prints them) are split into their columns first.
/// </remarks>
public sealed class ResumeParser(SkillTaxonomy taxonomy)
{
    /// <summary>Parses a resume's plain text.</summary>
    public ParsedResume Parse(string text)
    {
        try
        {
            return ParseText(ResumeText.Normalize(text));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A resume that trips an unforeseen case must still upload; a recruiter fills in the fields.
            return new ParsedResume();
        }
    }

    private ParsedResume ParseText(string text)
    {
        if (text.Length == 0)
        {
            return new ParsedResume();
        }

        var blocks = ColumnSplitter.Split(text);
        var sections = ResumeSections.Build(blocks);
        var allLines = blocks.SelectMany(b => b).ToList();
        var contact = ContactParser.Parse(sections, allLines);
        var summary = string.Join(' ', sections[SectionKind.Summary].Select(l => l.Trim()).Where(l => l.Length > 0));

        return new ParsedResume
        {
            FullName = contact.FullName,
            Email = contact.Email,
            Phone = contact.Phone,
            Location = contact.Location,
            LinkedinUrl = contact.LinkedinUrl,
            GithubUrl = contact.GithubUrl,
            Website = contact.Website,
            Summary = summary.Length == 0 ? null : summary,
            Skills = SkillExtractor.Extract(sections, taxonomy, contact.FullName),
            Experience = ExperienceParser.Parse(sections[SectionKind.Experience]),
            Education = EducationParser.Parse(sections[SectionKind.Education]),
            Projects = ProjectParser.Parse(sections[SectionKind.Projects], taxonomy),
            Certifications = ListSectionParser.Certifications(sections[SectionKind.Certifications], taxonomy),
            Languages = ListSectionParser.Languages(sections[SectionKind.Languages], taxonomy),
        };
    }
}
