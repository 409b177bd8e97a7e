using System.Text;
using RecruiterPortal.Core.Exports;
using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Tests.Unit.Exports;

public sealed class MarkdownExporterTests
{
    [Fact]
    public async Task The_markdown_export_round_trips_to_the_same_resume()
    {
        var exporter = new MarkdownExporter();

        var bytes = await exporter.ExportAsync(ExportSamples.Document(ExportSamples.Resume.Replace("\n", "\r\n", StringComparison.Ordinal)));

        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal(ExportSamples.Resume + "\n", text);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
        var original = ResumeMarkdown.ToResume(ExportSamples.Resume);
        var again = ResumeMarkdown.ToResume(text);
        Assert.Equal(original.FullName, again.FullName);
        Assert.Equal(original.Experience.Select(e => (e.Title, e.Company, e.Bullets.Count)), again.Experience.Select(e => (e.Title, e.Company, e.Bullets.Count)));
        Assert.Equal(original.Skills, again.Skills);
        Assert.Equal(("text/markdown; charset=utf-8", "md"), (exporter.ContentType, exporter.Extension));
    }

    [Theory]
    [InlineData("Priya Raman - Senior Backend Engineer", "pdf", "Priya Raman - Senior Backend Engineer.pdf")]
    [InlineData("../../etc/passwd", "md", "etc passwd.md")]
    [InlineData("Ana\u0000 Lima\r\n - C:\\Ops|Lead?", "docx", "Ana Lima - C Ops Lead.docx")]
    [InlineData("  ...  ", "html", "Resume.html")]
    [InlineData("Zoë Ødegaard - Développeuse \u202Egnp.exe", "pdf", "Zoë Ødegaard - Développeuse gnp.exe.pdf")]
    public void File_names_are_safe_and_readable(string title, string extension, string expected) =>
        Assert.Equal(expected, ExportFileName.For(title, extension));

    [Fact]
    public void Long_titles_are_capped()
    {
        var name = ExportFileName.For(new string('a', 500), "pdf");
        Assert.Equal(ExportFileName.MaxStemLength + ".pdf".Length, name.Length);
    }

    [Fact]
    public void The_reviewed_version_is_exported_when_there_is_one_and_nothing_before_completion()
    {
        var row = new TailoredResume { Status = TailoredResumeStatuses.Completed, TailoredMarkdown = "# Tailored", FinalMarkdown = "# Reviewed" };
        Assert.Equal("# Reviewed", ExportContent.MarkdownOf(row));
        row.FinalMarkdown = null;
        Assert.Equal("# Tailored", ExportContent.MarkdownOf(row));
        row.Status = TailoredResumeStatuses.Processing;
        Assert.Null(ExportContent.MarkdownOf(row));
        Assert.Equal("Priya Raman - Data Engineer", ExportContent.TitleOf(null, "Data Engineer", "# Priya Raman\nx"));
        Assert.Equal("Resume", ExportContent.TitleOf(" ", null, "no heading"));
    }
}
