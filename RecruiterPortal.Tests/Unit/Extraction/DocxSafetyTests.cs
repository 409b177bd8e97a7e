using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using RecruiterPortal.Core.Extraction;
using static RecruiterPortal.Tests.Unit.Extraction.ExtractionTestSupport;

namespace RecruiterPortal.Tests.Unit.Extraction;

public sealed class DocxSafetyTests
{
    private const string ExternalEntity =
        """<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>""";

    private static readonly string _body = DocxBuilder.Paragraph("Jane Doe");

    private static async Task<long> CountAsync(Stream stream)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    [Fact]
    public async Task Zip_bomb_entry_is_refused_by_its_compression_ratio()
    {
        var bomb = DocxBuilder.Build(_body, new Dictionary<string, byte[]> { ["word/bomb.xml"] = new byte[60 * 1024 * 1024] });
        Assert.True(bomb.Length < 1024 * 1024, "The bomb should be small on the wire.");

        var result = await ExtractAsync(bomb, "bomb.docx");

        AssertRefused(result, ExtractionErrorCodes.UnsafeArchive);
        Assert.Contains("zip bomb", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declared_total_over_the_limit_is_refused_naming_it()
    {
        var big = DocxBuilder.Build(_body, new Dictionary<string, byte[]> { ["word/big.xml"] = new byte[60 * 1024 * 1024] });

        var result = await ExtractAsync(big, "big.docx", o => o.DocxMaxCompressionRatio = double.MaxValue);

        AssertRefused(result, ExtractionErrorCodes.UnsafeArchive);
        Assert.Contains("more than 50 MB", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entries_over_the_limit_are_refused()
    {
        var entries = Enumerable.Range(0, 1_001).ToDictionary(i => $"word/media/f{i}.txt", _ => "x"u8.ToArray());

        var result = await ExtractAsync(DocxBuilder.Build(_body, entries), "many.docx");

        AssertRefused(result, ExtractionErrorCodes.UnsafeArchive);
        Assert.Contains("1000 files", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sizes_that_lie_are_held_to_the_declared_size()
    {
        // The headers claim 100 bytes; the entry really inflates to 3 MB against a 1 MB budget.
        var docx = DocxBuilder.Build(_body, new Dictionary<string, byte[]> { ["word/filler.xml"] = Encoding.ASCII.GetBytes(new string(' ', 3 * 1024 * 1024)) });
        ZipPatcher.SetDeclaredSize(docx, "word/filler.xml", 100);

        var result = await ExtractAsync(docx, "liar.docx", o =>
        {
            o.DocxMaxCompressionRatio = double.MaxValue;
            o.DocxMaxUncompressedBytes = 1024 * 1024;
        });

        // The runtime's zip reader stops at the declared size, so the extra 3 MB is never inflated;
        // the extractor's own byte count is the second guard behind it.
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Jane Doe", result.Value!.Text);
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var filler = zip.GetEntry("word/filler.xml")!.Open();
        Assert.Equal(100, await CountAsync(filler));
    }

    [Fact]
    public async Task External_entity_doctype_is_refused_and_nothing_is_read()
    {
        var xxe = DocxBuilder.Build("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", prolog: ExternalEntity);

        var result = await ExtractAsync(xxe, "xxe.docx");

        AssertRefused(result, ExtractionErrorCodes.UnsafeDocument);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task Entity_expansion_doctype_is_refused()
    {
        const string laughs = """<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>""";

        AssertRefused(await ExtractAsync(DocxBuilder.Build("<w:p><w:r><w:t>&b;</w:t></w:r></w:p>", prolog: laughs), "lol.docx"),
            ExtractionErrorCodes.UnsafeDocument);
    }

    [Fact]
    public async Task Doctype_in_utf16_part_is_still_found()
    {
        var xml = DocxBuilder.DocumentXml(_body, ExternalEntity).Replace("UTF-8", "UTF-16", StringComparison.Ordinal);
        var docx = DocxBuilder.Build(_body, new Dictionary<string, byte[]>
        {
            ["customXml/item1.xml"] = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)],
        });

        AssertRefused(await ExtractAsync(docx, "xxe16.docx"), ExtractionErrorCodes.UnsafeDocument);
    }

    [Fact]
    public void OpenXml_parser_itself_prohibits_dtds_when_the_archive_check_is_bypassed()
    {
        var xxe = DocxBuilder.Build("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", prolog: ExternalEntity);
        var reader = new DocxTextReader(new ExtractionOptions(), NullLogger.Instance);

        var result = reader.ReadVetted(xxe);

        AssertRefused(result, ExtractionErrorCodes.UnsafeDocument);
    }
}
