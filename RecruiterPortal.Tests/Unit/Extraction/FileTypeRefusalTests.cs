using System.IO.Compression;
using System.Text;
using RecruiterPortal.Core.Extraction;
using static RecruiterPortal.Tests.Unit.Extraction.ExtractionTestSupport;

namespace RecruiterPortal.Tests.Unit.Extraction;

public sealed class FileTypeRefusalTests
{
    [Fact]
    public async Task Zero_byte_file_is_refused_as_empty()
    {
        AssertRefused(await ExtractAsync([], "cv.pdf"), ExtractionErrorCodes.Empty);
    }

    [Fact]
    public async Task File_one_byte_over_the_limit_is_refused_naming_the_limit()
    {
        var result = await ExtractAsync(new byte[(10 * 1024 * 1024) + 1], "cv.pdf");

        AssertRefused(result, ExtractionErrorCodes.TooLarge);
        Assert.Contains("10 MB", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_exactly_at_the_limit_is_not_refused_for_size()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('x', 1024));

        var result = await ExtractAsync(bytes, "cv.txt", o => o.MaxFileBytes = 1024);

        Assert.True(result.IsSuccess, result.Error);
    }

    [Fact]
    public async Task Elf_executable_renamed_pdf_is_unsupported()
    {
        byte[] elf = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x00, 0x3E, 0x00];

        var result = await ExtractAsync(elf, "resume.pdf");

        AssertRefused(result, ExtractionErrorCodes.UnsupportedType);
        Assert.StartsWith("This file is not a PDF, Word (.docx) or text document", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Windows_executable_renamed_pdf_is_unsupported()
    {
        var mz = new byte[128];
        mz[0] = (byte)'M';
        mz[1] = (byte)'Z';
        mz[2] = 0x90;

        AssertRefused(await ExtractAsync(mz, "resume.pdf"), ExtractionErrorCodes.UnsupportedType);
    }

    [Fact]
    public async Task Text_that_starts_with_MZ_is_still_text()
    {
        var result = await ExtractAsync(Encoding.UTF8.GetBytes("MZ Consulting GmbH, 2020-2023"), "cv.txt");

        Assert.True(result.IsSuccess, result.Error);
    }

    [Fact]
    public async Task Html_renamed_docx_is_refused()
    {
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html><body><h1>Jane Doe</h1><script>alert(1)</script></body></html>");

        var result = await ExtractAsync(html, "resume.docx");

        AssertRefused(result, ExtractionErrorCodes.UnsupportedType);
        Assert.Contains("web page", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Legacy_doc_asks_for_docx_or_pdf()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var result = await ExtractAsync(ole, "resume.doc");

        AssertRefused(result, ExtractionErrorCodes.LegacyDoc);
        Assert.Contains(".docx", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_protected_docx_is_refused_as_encrypted()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[56], .. Encoding.Unicode.GetBytes("EncryptedPackage")];

        AssertRefused(await ExtractAsync(ole, "resume.docx"), ExtractionErrorCodes.Encrypted);
    }

    [Fact]
    public async Task Zip_without_a_word_document_is_unsupported()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("xl/workbook.xml").Open();
            stream.Write("<workbook/>"u8);
        }

        AssertRefused(await ExtractAsync(buffer.ToArray(), "resume.docx"), ExtractionErrorCodes.UnsupportedType);
    }

    [Fact]
    public async Task Png_image_is_unsupported()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

        AssertRefused(await ExtractAsync(png, "resume.pdf"), ExtractionErrorCodes.UnsupportedType);
    }

    [Fact]
    public async Task Rtf_is_refused_with_a_hint()
    {
        var result = await ExtractAsync(Encoding.ASCII.GetBytes(@"{\rtf1\ansi Jane Doe}"), "resume.txt");

        AssertRefused(result, ExtractionErrorCodes.UnsupportedType);
        Assert.Contains(".rtf", result.Error, StringComparison.Ordinal);
    }
}
