using RecruiterPortal.Core.Parsing;

namespace RecruiterPortal.Tests.Unit.Parsing;

public class DateRangeParserTests
{
    [Theory]
    [InlineData("Jan 2020 – Present", "2020-01", null, true)]
    [InlineData("January 2020 - Mar 2022", "2020-01", "2022-03", false)]
    [InlineData("2019-2021", "2019", "2021", false)]
    [InlineData("2019 – present", "2019", null, true)]
    [InlineData("03/2018 - 11/2020", "2018-03", "2020-11", false)]
    [InlineData("2018.03 – 2021.02", "2018-03", "2021-02", false)]
    [InlineData("Sept. 2015 — Current", "2015-09", null, true)]
    [InlineData("June 2017 to Now", "2017-06", null, true)]
    [InlineData("Aug '19 – Today", "2019-08", null, true)]
    [InlineData("Fall 2016 - Spring 2020", "2016", "2020", false)]
    [InlineData("Since 2021", "2021", null, true)]
    [InlineData("2021-03 to 2023-10", "2021-03", "2023-10", false)]
    public void Reads_date_ranges_in_their_common_forms(string text, string start, string? end, bool current)
    {
        Assert.True(DateRangeParser.TryFind(text, allowSingle: false, out var range, out _, out _));
        Assert.Equal(start, range.Start);
        Assert.Equal(end, range.End);
        Assert.Equal(current, range.IsCurrent);
    }

    [Fact]
    public void Finds_the_range_at_the_end_of_a_line_and_reports_where_it_is()
    {
        const string line = "Senior Engineer, Acme Corp    Jan 2020 – Present";

        Assert.True(DateRangeParser.TryFind(line, allowSingle: false, out _, out var index, out var length));
        Assert.Equal("Jan 2020 – Present", line.Substring(index, length));
    }

    [Theory]
    [InlineData("May 2020", "2020-05")]
    [InlineData("Graduated 2016", "2016")]
    public void A_single_date_is_an_end_date_when_allowed(string text, string end)
    {
        Assert.False(DateRangeParser.TryFind(text, allowSingle: false, out _, out _, out _));
        Assert.True(DateRangeParser.TryFind(text, allowSingle: true, out var range, out _, out _));
        Assert.Null(range.Start);
        Assert.Equal(end, range.End);
    }

    [Theory]
    [InlineData("Managed a team of 12 across 3 sites")]
    [InlineData("Call (512) 555-0142")]
    [InlineData("Revenue grew 2500%")]
    public void Numbers_that_are_not_dates_are_ignored(string text) =>
        Assert.False(DateRangeParser.TryFind(text, allowSingle: true, out _, out _, out _));
}
