using System.Text;
using RecruiterPortal.Core.Extraction;
using static RecruiterPortal.Tests.Unit.Extraction.ExtractionTestSupport;

namespace RecruiterPortal.Tests.Unit.Extraction;

public sealed class TextExtractionTests
{
    [Fact]
    public async Task Utf8_text_is_read_as_txt()
    {
        var result = await ExtractAsync(Encoding.UTF8.GetBytes("Jürgen Müller\r\nSenior C# Developer – Zürich\r\n"), "cv.txt");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Jürgen Müller\nSenior C# Developer – Zürich", result.Value!.Text);
        Assert.Equal("txt", result.Value.Format);
        Assert.Null(result.Value.PageCount);
    }

    [Fact]
    public async Task Utf8_with_bom_drops_the_bom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Ünïcode")).ToArray();

        var result = await ExtractAsync(bytes, "cv.txt");

        Assert.Equal("Ünïcode", result.Value!.Text);
    }

    [Fact]
    public async Task Utf16_little_endian_with_bom_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Zoë Ångström\nPython, Go")).ToArray();

        var result = await ExtractAsync(bytes, "cv.txt");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Zoë Ångström\nPython, Go", result.Value!.Text);
    }

    [Fact]
    public async Task Utf16_big_endian_with_bom_is_decoded()
    {
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("Señor Developer")).ToArray();

        var result = await ExtractAsync(bytes, "cv.txt");

        Assert.Equal("Señor Developer", result.Value!.Text);
    }

    [Fact]
    public async Task Utf16_without_bom_is_recognised()
    {
        var result = await ExtractAsync(Encoding.Unicode.GetBytes("Plain resume text"), "cv.txt");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Plain resume text", result.Value!.Text);
    }

    [Fact]
    public async Task Windows_1252_falls_back_when_not_utf8()
    {
        // "Café – résumé “quoted”" in Windows-1252: é = E9, en dash = 96, curly quotes = 93/94.
        byte[] bytes = [0x43, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x72, 0xE9, 0x73, 0x75, 0x6D, 0xE9, 0x20, 0x93, 0x71, 0x94];

        var result = await ExtractAsync(bytes, "cv.txt");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Café – résumé “q”", result.Value!.Text);
    }

    [Fact]
    public async Task Markdown_is_told_apart_by_name_only()
    {
        var bytes = Encoding.UTF8.GetBytes("# Jane Doe\n\n- C#\n- SQL\n");

        var markdown = await ExtractAsync(bytes, "Jane.MD");
        var text = await ExtractAsync(bytes, "jane.txt");

        Assert.Equal("md", markdown.Value!.Format);
        Assert.Equal("txt", text.Value!.Format);
        Assert.Equal("# Jane Doe\n\n- C#\n- SQL", markdown.Value.Text);
    }

    [Fact]
    public async Task Control_characters_are_stripped_but_tabs_and_newlines_kept()
    {
        var result = await ExtractAsync(Encoding.UTF8.GetBytes("Name:\tJane\u0007\u001B[31m\rRole:\u0008 Dev\u007F\n\n\n\nEnd"), "cv.txt");

        Assert.Equal("Name:\tJane[31m\nRole: Dev\n\nEnd", result.Value!.Text);
    }

    [Fact]
    public async Task Output_is_cut_to_max_text_chars()
    {
        var result = await ExtractAsync(Encoding.UTF8.GetBytes(new string('a', 5_000)), "cv.txt", o => o.MaxTextChars = 1_000);

        Assert.Equal(1_000, result.Value!.Text.Length);
    }

    [Fact]
    public async Task Whitespace_only_text_is_refused_as_no_text()
    {
        AssertRefused(await ExtractAsync(Encoding.UTF8.GetBytes(" \r\n\t \n"), "cv.txt"), ExtractionErrorCodes.NoText);
    }

    [Fact]
    public async Task Binary_bytes_without_magic_are_refused_as_unsupported()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0x01;

        AssertRefused(await ExtractAsync(bytes, "cv.txt"), ExtractionErrorCodes.UnsupportedType);
    }
}
