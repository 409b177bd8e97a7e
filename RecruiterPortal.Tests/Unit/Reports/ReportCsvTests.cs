using System.Text;
using RecruiterPortal.Core.Reports;

namespace RecruiterPortal.Tests.Unit.Reports;

public sealed class ReportCsvTests
{
    private static ReportView Report(params ReportRowView[] rows) =>
        new(Guid.NewGuid(), ReportKinds.Shortlist, "Shortlist", Guid.NewGuid(), "Backend Engineer", "Acme", 1, 10, rows.Length, 0, null,
            "Rita Recruiter", null, new DateTime(2026, 12, 4, 10, 0, 0, DateTimeKind.Utc), rows);

    private static ReportRowView Row(int rank, string? name, string explanation = "Strong fit (0.80).", string? status = null, double? tailored = null) =>
        new(rank, Guid.Parse("0193a000-0000-7000-8000-000000000001"), null, name, "Engineer", 0.8123456, null,
            ["C#", "SQL"], ["Go"],
            [new ReportVerdict("C#", "required_skill", ReportVerdict.Met, "named once in the resume"), new ReportVerdict("Go", "required_skill", ReportVerdict.Missing, "not evidenced in the resume")],
            explanation, null, null, status is null ? null : Guid.NewGuid(), status, tailored);

    [Fact]
    public void Each_row_has_the_scores_lists_verdict_counts_and_tailoring_status()
    {
        var csv = ReportCsv.Write(Report(Row(1, "Ada Okonkwo", status: "completed", tailored: 0.9)));

        var lines = csv.Split("\r\n");
        Assert.Equal(ReportCsv.Header, lines[0]);
        Assert.Equal("1,Ada Okonkwo,0193a000-0000-7000-8000-000000000001,Engineer,0.8123,C#; SQL,Go,1,2,C#: met; Go: missing,,,completed,0.9,Strong fit (0.80).", lines[1]);
        Assert.Equal("", lines[2]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.test\")", "\"'=HYPERLINK(\"\"http://evil.test\"\")\"")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_defused(string name, string cell)
    {
        var csv = ReportCsv.Write(Report(Row(1, name)));

        Assert.StartsWith($"1,{cell},", csv.Split("\r\n")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_stay_inside_their_cell()
    {
        var csv = ReportCsv.Write(Report(Row(1, "Okonkwo, Ada \"AJ\"", "Good fit:\ncovers, mostly")));

        Assert.Contains("1,\"Okonkwo, Ada \"\"AJ\"\"\",", csv, StringComparison.Ordinal);
        Assert.EndsWith("\"Good fit:\ncovers, mostly\"\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetPreamble(), ReportCsv.Bytes(Report(Row(1, "Ada")))[..3]);
    }

    [Fact]
    public void The_printed_html_encodes_every_value_and_allows_no_script()
    {
        var html = ReportHtmlDocument.Render(Report(Row(1, "<script>alert(1)</script>")), letter: false);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'none'", html, StringComparison.Ordinal);
        Assert.Contains("A4 landscape", html, StringComparison.Ordinal);
    }
}
