using System.Text;
using RecruiterPortal.Core.Extraction;

namespace RecruiterPortal.Tests.Unit.Extraction;

public sealed class ArchiveMarkupScannerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Doctype_split_across_chunks_is_found(int chunkSize)
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<!DOCTYPE foo [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><foo/>");
        var scanner = new ArchiveMarkupScanner();

        for (var i = 0; i < bytes.Length; i += chunkSize)
        {
            scanner.Scan(bytes.AsSpan(i, Math.Min(chunkSize, bytes.Length - i)));
        }

        Assert.True(scanner.Found);
    }

    [Fact]
    public void Ordinary_word_xml_is_clean()
    {
        var scanner = new ArchiveMarkupScanner();

        scanner.Scan(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><w:document><!-- comment --><![CDATA[x]]></w:document>"));

        Assert.False(scanner.Found);
    }
}
