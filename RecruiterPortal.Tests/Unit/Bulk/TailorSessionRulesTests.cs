using RecruiterPortal.Core.Bulk;

namespace RecruiterPortal.Tests.Unit.Bulk;

public sealed class TailorSessionRulesTests
{
    [Theory]
    [InlineData(10, 0, 0, false, TailorSessionStatuses.Processing)]
    [InlineData(10, 9, 0, false, TailorSessionStatuses.Processing)]
    [InlineData(10, 6, 3, false, TailorSessionStatuses.Processing)]
    [InlineData(10, 10, 0, false, TailorSessionStatuses.Completed)]
    [InlineData(10, 7, 3, false, TailorSessionStatuses.Partial)]
    [InlineData(10, 0, 10, false, TailorSessionStatuses.Failed)]
    [InlineData(10, 2, 1, true, TailorSessionStatuses.Cancelled)]
    [InlineData(10, 10, 0, true, TailorSessionStatuses.Cancelled)]
    [InlineData(1, 1, 0, false, TailorSessionStatuses.Completed)]
    public void Status_follows_from_the_items(int total, int completed, int failed, bool cancelled, string expected) =>
        Assert.Equal(expected, TailorSessionRules.Derive(total, completed, failed, cancelled));

    [Fact]
    public void Pace_is_items_per_minute_since_the_first_start_and_the_time_left_at_that_pace()
    {
        var start = new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

        var (perMinute, remaining) = TailorSessionRules.Pace(20, 100, start, start.AddMinutes(2));

        Assert.Equal(10, perMinute);
        Assert.Equal(TimeSpan.FromMinutes(8), remaining);
        Assert.Equal((null, null), TailorSessionRules.Pace(0, 100, start, start.AddMinutes(1)));
        Assert.Equal((null, null), TailorSessionRules.Pace(5, 100, null, start));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1 555", "\"'+1 555\"")]
    [InlineData("-2", "\"'-2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("Ada Stone", "Ada Stone")]
    [InlineData("Stone, Ada", "\"Stone, Ada\"")]
    [InlineData(null, "")]
    public void Csv_cells_never_start_a_formula(string? value, string expected) =>
        Assert.Equal(expected, SessionCsv.Cell(value));
}
