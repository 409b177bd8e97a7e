using RecruiterPortal.Core.Matching;
using RecruiterPortal.Core.Parsing;

namespace RecruiterPortal.Tests.Unit.Matching;

public class ExperienceCalculatorTests
{
    private static readonly DateOnly _asOf = new(2025, 1, 1);

    [Fact]
    public void Overlapping_positions_count_once()
    {
        ParsedExperience[] jobs =
        [
            new() { StartDate = "2018-01", EndDate = "2020-12" },
            new() { StartDate = "2020-01", EndDate = "2021-12" },
            new() { StartDate = "2019-06", EndDate = "2019-09" },
        ];

        Assert.Equal(4.0, ExperienceCalculator.TotalYears(jobs, _asOf));
    }

    [Fact]
    public void Gaps_are_not_counted_and_current_positions_run_to_the_reference_date()
    {
        ParsedExperience[] jobs =
        [
            new() { StartDate = "2015-01", EndDate = "2015-12" },
            new() { StartDate = "2023-01", IsCurrent = true },
            new() { StartDate = "2024-01", EndDate = "Present" },
        ];

        Assert.Equal(3.1, ExperienceCalculator.TotalYears(jobs, _asOf));
    }

    [Fact]
    public void Bare_years_span_whole_years_and_undated_positions_are_skipped()
    {
        ParsedExperience[] jobs =
        [
            new() { StartDate = "2016", EndDate = "2017" },
            new() { Title = "Volunteer" },
        ];

        Assert.Equal(2.0, ExperienceCalculator.TotalYears(jobs, _asOf));
    }
}
