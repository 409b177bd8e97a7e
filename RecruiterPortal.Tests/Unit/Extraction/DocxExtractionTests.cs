using RecruiterPortal.Core.Extraction;
using static RecruiterPortal.Tests.Unit.Extraction.ExtractionTestSupport;

namespace RecruiterPortal.Tests.Unit.Extraction;

public sealed class DocxExtractionTests
{
    [Fact]
    public async Task Office_made_docx_keeps_headings_bullets_and_table_rows()
    {
        var result = await ExtractAsync(Fixture("happy.docx"), "resume.docx");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("docx", result.Value!.Format);
        var lines = result.Value.Text.Split('\n');
        Assert.Equal("Jane Doe", lines[0]);
        Assert.Contains("Experience", lines);
        Assert.Contains("• Built a payments platform in C# and .NET", lines);
        Assert.Contains("• Led a team of five engineers", lines);
        Assert.Contains("Languages | C#, Python", lines);
        Assert.Contains("Databases | PostgreSQL", lines);
        Assert.Contains("• First numbered item", lines);
        Assert.True(Array.IndexOf(lines, "Skills") < Array.IndexOf(lines, "Languages | C#, Python"));
    }

    [Fact]
    public async Task Paragraph_order_lists_tables_tabs_and_breaks_are_preserved()
    {
        var body = string.Concat(
            DocxBuilder.Paragraph("Summary", style: "Heading1"),
            DocxBuilder.Paragraph("Backend developer"),
            DocxBuilder.Paragraph("Shipped APIs", numberingId: 3),
            DocxBuilder.Paragraph("Not a list", numberingId: 0),
            """<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Skill</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Years</w:t></w:r></w:p></w:tc></w:tr>""",
            """<w:tr><w:tc><w:p><w:r><w:t>C#</w:t></w:r></w:p><w:p><w:r><w:t>.NET</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>7</w:t></w:r></w:p></w:tc></w:tr></w:tbl>""",
            """<w:p><w:r><w:t>Phone</w:t><w:tab/><w:t>555</w:t><w:br/><w:t>Email</w:t></w:r><w:del w:id="1" w:author="x" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>deleted</w:delText></w:r></w:del></w:p>""");

        var result = await ExtractAsync(DocxBuilder.Build(body), "cv.docx");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(
            "Summary\nBackend developer\n• Shipped APIs\nNot a list\nSkill | Years\nC# .NET | 7\nPhone\t555\nEmail",
            result.Value!.Text);
    }

    [Fact]
    public async Task Header_text_comes_first_and_style_lists_become_bullets()
    {
        const string styles =
            """<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>"""
            + """<w:style w:type="paragraph" w:styleId="MyBullets"><w:basedOn w:val="ListBullet"/></w:style>"""
            + """<w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style>""";
        var body = DocxBuilder.Paragraph("Kubernetes", style: "MyBullets") + DocxBuilder.Paragraph("Plain", style: "Loop");

        var result = await ExtractAsync(DocxBuilder.BuildWithParts(body, DocxBuilder.Paragraph("Jane Doe · jane@example.com"), styles), "cv.docx");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Jane Doe · jane@example.com\n• Kubernetes\nPlain", result.Value!.Text);
    }

    [Fact]
    public async Task Alternate_content_is_read_once()
    {
        const string body =
            """<w:p><w:r><w:t>Before </w:t></w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">"""
            + """<mc:Choice Requires="w14"><w:r><w:t>chosen</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>chosen</w:t></w:r></mc:Fallback>"""
            + """</mc:AlternateContent><w:r><w:t> after</w:t></w:r></w:p>""";

        var result = await ExtractAsync(DocxBuilder.Build(body), "cv.docx");

        Assert.Equal("Before chosen after", result.Value!.Text);
    }

    [Fact]
    public async Task Docx_without_text_is_refused_as_no_text()
    {
        AssertRefused(await ExtractAsync(DocxBuilder.Build("<w:p/>"), "blank.docx"), ExtractionErrorCodes.NoText);
    }

    [Fact]
    public async Task Docx_with_broken_xml_is_refused_as_corrupt()
    {
        var result = await ExtractAsync(DocxBuilder.BuildRaw("<w:document><w:body><w:p>"), "broken.docx");

        AssertRefused(result, ExtractionErrorCodes.Corrupt);
    }

    [Fact]
    public async Task Truncated_docx_zip_is_refused_as_corrupt()
    {
        var bytes = Fixture("happy.docx");

        AssertRefused(await ExtractAsync(bytes[..(bytes.Length / 2)], "resume.docx"), ExtractionErrorCodes.Corrupt);
    }
}
