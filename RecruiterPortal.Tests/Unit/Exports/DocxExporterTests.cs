using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using RecruiterPortal.Core.Exports;

namespace RecruiterPortal.Tests.Unit.Exports;

public sealed class DocxExporterTests
{
    [Fact]
    public async Task The_docx_has_real_heading_styles_numbered_and_bulleted_lists_and_formatted_runs()
    {
        var bytes = await new DocxExporter(ExportSamples.Options()).ExportAsync(ExportSamples.Document());

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal($"{ExportSamples.Name} - Senior Backend Engineer", word.PackageProperties.Title);
        var main = word.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, s => s.StyleName!.Val!.Value);
        Assert.Equal("heading 1", styles["Heading1"]);
        Assert.Equal("heading 2", styles["Heading2"]);

        var paragraphs = main.Document.Body!.Elements<Paragraph>().ToList();
        string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        Assert.Equal([ExportSamples.Name], paragraphs.Where(p => StyleOf(p) == "Heading1").Select(p => p.InnerText));
        Assert.Equal(ExportSamples.Sections, paragraphs.Where(p => StyleOf(p) == "Heading2").Select(p => p.InnerText));
        Assert.Contains("Senior Software Engineer — Stripe-like Payments Inc.", paragraphs.Where(p => StyleOf(p) == "Heading3").Select(p => p.InnerText));

        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        var formatOf = numbering.Elements<AbstractNum>().ToDictionary(a => a.AbstractNumberId!.Value, a => a.Elements<Level>().First().NumberingFormat!.Val!.Value);
        var instances = numbering.Elements<NumberingInstance>().ToDictionary(n => n.NumberID!.Value, n => formatOf[n.AbstractNumId!.Val!.Value]);
        var listed = paragraphs.Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .Select(p => (Text: p.InnerText, Format: instances[p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value]))
            .ToList();
        Assert.Contains(("Designed idempotent payment APIs used by 3,000 merchants", NumberFormatValues.Bullet), listed);
        Assert.Contains(("Certified Kubernetes Application Developer", NumberFormatValues.Decimal), listed);
        Assert.Contains(("Tamil", NumberFormatValues.Bullet), listed);
        Assert.Equal(9, listed.Count);

        var runs = main.Document.Body.Descendants<Run>().ToList();
        Assert.Contains(runs, r => r.InnerText == "payment APIs" && r.RunProperties?.Bold is not null);
        Assert.Contains(runs, r => r.InnerText == "reliability" && r.RunProperties?.Italic is not null);
        Assert.Contains("github.com/priyaraman/ledgerline (https://github.com/priyaraman/ledgerline)", main.Document.Body.InnerText, StringComparison.Ordinal);
        Assert.Empty(main.HyperlinkRelationships);
        Assert.Equal(16838U, main.Document.Body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!.Height!.Value);
    }

    [Fact]
    public async Task Hostile_markdown_becomes_plain_text_in_the_docx_on_letter_paper()
    {
        var bytes = await new DocxExporter(ExportSamples.Options("Letter")).ExportAsync(new ExportDocument("Mallory", ExportSamples.Hostile + "\u0001\u0008 bell"));

        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var body = word.MainDocumentPart!.Document.Body!;
        Assert.Contains("<script>alert('x')</script>", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("portfolio", body.InnerText, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert(document.domain)", body.InnerText, StringComparison.Ordinal);
        Assert.Empty(word.MainDocumentPart.HyperlinkRelationships);
        Assert.Equal(15840U, body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!.Height!.Value);
    }
}
