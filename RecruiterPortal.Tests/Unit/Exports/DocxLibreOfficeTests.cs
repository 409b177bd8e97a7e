using System.Text;
using RecruiterPortal.Core.Exports;
using RecruiterPortal.Tests.Fixtures;

namespace RecruiterPortal.Tests.Unit.Exports;

/// <summary>The DOCX export read by another word processor: LibreOffice converts it to text.</summary>
[Trait("Category", "Process")]
public sealed class DocxLibreOfficeTests
{
    [Fact]
    public async Task LibreOffice_reads_every_section_of_the_docx()
    {
        var docx = await new DocxExporter(ExportSamples.Options()).ExportAsync(ExportSamples.Document());
        using var folder = new TempFolder("rp-soffice");
        var input = Path.Combine(folder.Path, "resume.docx");
        await File.WriteAllBytesAsync(input, docx);
        var profile = new Uri(Path.Combine(folder.Path, "profile")).AbsoluteUri;

        var (code, output, error) = await ExternalTool.RunAsync("soffice",
            [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", folder.Path, input],
            TimeSpan.FromSeconds(180));

        var converted = Path.Combine(folder.Path, "resume.txt");
        Assert.True(code == 0 && File.Exists(converted), $"soffice failed ({code}): {output} {error}");
        var text = await File.ReadAllTextAsync(converted, Encoding.UTF8);
        Assert.Contains(ExportSamples.Name, text, StringComparison.Ordinal);
        foreach (var section in ExportSamples.Sections)
        {
            Assert.Contains(section, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Designed idempotent payment APIs used by 3,000 merchants", text, StringComparison.Ordinal);
        Assert.Contains("B.S. in Computer Science — University of Washington", text, StringComparison.Ordinal);
    }
}
