using RecruiterPortal.Core.Parsing;

namespace RecruiterPortal.Tests.Unit.Parsing;

public class SectionHeadingsTests
{
    [Theory]
    [InlineData("EXPERIENCE", "Experience")]
    [InlineData("Work History:", "Experience")]
    [InlineData("Professional Experience", "Experience")]
    [InlineData("EMPLOYMENT", "Experience")]
    [InlineData("## Education", "Education")]
    [InlineData("Academic Background", "Education")]
    [InlineData("**Technical Skills**", "Skills")]
    [InlineData("CORE COMPETENCIES", "Skills")]
    [InlineData("Skills & Equipment", "Skills")]
    [InlineData("Projects", "Projects")]
    [InlineData("Licenses & Certifications", "Certifications")]
    [InlineData("LANGUAGES", "Languages")]
    [InlineData("Objective", "Summary")]
    [InlineData("Professional Profile", "Summary")]
    [InlineData("E X P E R I E N C E", "Experience")]
    [InlineData("  References  ", "Other")]
    public void Recognises_heading_variants(string line, string kind)
    {
        Assert.True(SectionHeadings.TryMatch(line, out var actual, out var rest));
        Assert.Equal(kind, actual.ToString());
        Assert.Equal("", rest);
    }

    [Fact]
    public void A_heading_may_carry_its_content_after_a_colon()
    {
        Assert.True(SectionHeadings.TryMatch("Skills: Python, SQL, Tableau", out var kind, out var rest));
        Assert.Equal("Skills", kind.ToString());
        Assert.Equal("Python, SQL, Tableau", rest);
    }

    [Theory]
    [InlineData("Senior Software Engineer at Acme")]
    [InlineData("Led the experience redesign for checkout")]
    [InlineData("Education Specialist, Riverside Schools")]
    public void Ordinary_lines_are_not_headings(string line) =>
        Assert.False(SectionHeadings.TryMatch(line, out _, out _));

    [Fact]
    public void Underlined_headings_parse_with_their_rule_ignored()
    {
        var parsed = new ResumeParser(Core.Skills.SkillTaxonomy.Default).Parse(
            "Jane Doe\njane@example.com\n\nEXPERIENCE\n----------\nData Analyst, Acme Corp, 2019 - 2021\n\nEDUCATION\n=========\nB.A. in Economics\nUniversity of Vermont, 2019\n");

        Assert.Equal("Data Analyst", Assert.Single(parsed.Experience).Title);
        Assert.Equal("University of Vermont", Assert.Single(parsed.Education).Institution);
    }
}
