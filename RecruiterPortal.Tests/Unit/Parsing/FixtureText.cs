using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace RecruiterPortal.Tests.Unit.Parsing;

/// <summary>Text of a fixture resume, extracted the way the portal sees it (pdftotext -layout for PDFs).</summary>
internal static class FixtureText
{
    private static readonly XNamespace _w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string Read(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".pdf" => PdfToText(path),
        ".docx" => DocxToText(path),
        _ => File.ReadAllText(path),
    };

    private static string PdfToText(string path)
    {
        var start = new ProcessStartInfo("pdftotext")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { "-layout", "-enc", "UTF-8", path, "-" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? text : throw new InvalidOperationException($"pdftotext failed on {path}");
    }

    /// <summary>
    /// Paragraph text of word/document.xml. List paragraphs get a bullet, as their marker lives in
    /// the numbering definitions rather than the text.
    /// </summary>
    private static string DocxToText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        var document = XDocument.Load(stream);
        var sb = new StringBuilder();
        foreach (var paragraph in document.Descendants(_w + "p"))
        {
            var isListItem = paragraph.Element(_w + "pPr")?.Element(_w + "numPr") is not null;
            var text = string.Concat(paragraph.Descendants().Select(e =>
                e.Name == _w + "t" ? e.Value : e.Name == _w + "tab" ? "\t" : e.Name == _w + "br" ? "\n" : ""));
            sb.Append(isListItem ? "• " : "").AppendLine(text);
        }

        return sb.ToString();
    }
}
