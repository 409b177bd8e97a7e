using RecruiterPortal.Core.Parsing;

namespace RecruiterPortal.Tests.Unit.Parsing;

public class ColumnSplitterTests
{
    private const string TwoColumns = """
        CONTACT                       SUMMARY
        Austin, TX                    Engineer building payment APIs for
        (512) 555-0142                fintech companies.
        jane@example.com
        linkedin.com/in/jane          EXPERIENCE
                                      Senior Engineer, Acme Corp
        SKILLS                        Jan 2020 – Present
        Python                          Built settlement services in Go
        Kubernetes                      Ran PostgreSQL clusters on AWS
        Terraform                     Engineer, Globex Inc.
                                      2016 – 2019
        LANGUAGES                       Wrote billing jobs in Python
        English
        """;

    [Fact]
    public void Finds_the_gutter_of_a_two_column_page()
    {
        var gutter = ColumnSplitter.FindGutter(TwoColumns.Split('\n'));

        // Anywhere between the longest left-column line and the right column will do.
        Assert.InRange(gutter, 21, 29);
    }

    [Fact]
    public void Reads_the_left_column_before_the_right()
    {
        var blocks = ColumnSplitter.Split(TwoColumns);

        Assert.Equal(2, blocks.Count);
        Assert.Equal(["CONTACT", "Austin, TX", "(512) 555-0142"], blocks[0].Take(3));
        Assert.Equal("SUMMARY", blocks[1][0].Trim());
        Assert.DoesNotContain(blocks[0], l => l.Contains("EXPERIENCE", StringComparison.Ordinal));
    }

    [Fact]
    public void Right_aligned_dates_in_one_column_are_not_a_second_column()
    {
        const string oneColumn = """
            Senior Engineer, Acme Corp                                  Jan 2020 – Present
            Built settlement services in Go and ran PostgreSQL
            Led a team of four engineers
            Engineer, Globex Inc.                                       Mar 2016 – Dec 2019
            Wrote billing jobs in Python
            Moved reporting to Snowflake
            Intern, Initech                                             Summer 2015
            Tested the mobile app
            """;

        Assert.Equal(-1, ColumnSplitter.FindGutter(oneColumn.Split('\n')));
    }

    [Fact]
    public void Parses_a_two_column_resume_into_separate_sections()
    {
        var parsed = new ResumeParser(Core.Skills.SkillTaxonomy.Default).Parse("Jane Doe\n\n" + TwoColumns);

        Assert.Equal("Jane Doe", parsed.FullName);
        Assert.Equal("jane@example.com", parsed.Email);
        Assert.Equal(["Senior Engineer", "Engineer"], parsed.Experience.Select(e => e.Title));
        Assert.Equal(["Acme Corp", "Globex Inc."], parsed.Experience.Select(e => e.Company));
        Assert.Equal(["English"], parsed.Languages);
        Assert.Contains("Kubernetes", parsed.Skills);
        Assert.Contains("PostgreSQL", parsed.Skills);
    }
}
