using RecruiterPortal.Core.Extraction;

namespace RecruiterPortal.Tests.Unit.Extraction;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("resume.pdf", "resume.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\Users\jane\My CV.docx", "My CV.docx")]
    [InlineData("bad\u0000name\u0007.pdf", "badname.pdf")]
    [InlineData("line\r\nbreak.txt", "line break.txt")]
    [InlineData("evil\u202Efdp.exe", "evilfdp.exe")]
    [InlineData("a<b>c:d*e?f|g\".md", "abcdefg.md")]
    [InlineData("  spaced   out  .pdf ", "spaced out .pdf")]
    [InlineData("Jürgen Müller – CV.pdf", "Jürgen Müller – CV.pdf")]
    public void Sanitize_strips_paths_and_control_characters(string input, string expected)
    {
        Assert.Equal(expected, FileNames.Sanitize(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("/")]
    [InlineData("..")]
    [InlineData("\u0001\u0002")]
    [InlineData("dir/")]
    public void Sanitize_never_returns_an_empty_name(string? input)
    {
        Assert.Equal(FileNames.Fallback, FileNames.Sanitize(input));
    }

    [Fact]
    public void Sanitize_names_a_bare_extension()
    {
        Assert.Equal("document.pdf", FileNames.Sanitize(".pdf"));
    }

    [Fact]
    public void Sanitize_shortens_long_names_but_keeps_the_extension()
    {
        var result = FileNames.Sanitize(new string('a', 500) + ".docx");

        Assert.Equal(FileNames.MaxLength, result.Length);
        Assert.EndsWith("a.docx", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_does_not_split_surrogate_pairs_when_shortening()
    {
        var result = FileNames.Sanitize(string.Concat(Enumerable.Repeat("😀", 200)) + ".pdf");

        Assert.True(result.Length <= FileNames.MaxLength);
        Assert.EndsWith(".pdf", result, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(result[^5]));
    }
}
