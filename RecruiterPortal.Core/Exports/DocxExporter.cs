using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Tailoring;

namespace RecruiterPortal.Core.Exports;

/// <summary>A Word document built with OpenXml: real heading styles, real lists, the configured paper size.</summary>
public sealed class DocxExporter(IOptions<ExportOptions> options) : IDocumentExporter
{
    public string Format => ExportFormats.Docx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public string Extension => "docx";

    public Task<byte[]> ExportAsync(ExportDocument document, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = document.Title;
            word.PackageProperties.Creator = "RecruiterPortal";

            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();

            var body = new Body();
            var numbering = new DocxNumbering();
            new DocxMarkdownWriter(body, numbering).Write(ResumeMarkdown.ParseSafe(document.Markdown));
            if (!numbering.IsEmpty)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering.Build();
            }

            body.Append(Section(options.Value.IsLetter));
            main.Document = new Document(body);
        }

        return Task.FromResult(stream.ToArray());
    }

    private static SectionProperties Section(bool letter) => new(
        letter ? new PageSize { Width = 12240U, Height = 15840U } : new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 851, Bottom = 851, Left = (UInt32Value)964U, Right = (UInt32Value)964U, Header = (UInt32Value)425U, Footer = (UInt32Value)425U, Gutter = (UInt32Value)0U });
}
