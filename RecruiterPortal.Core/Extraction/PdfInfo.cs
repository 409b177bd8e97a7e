using System.Globalization;

namespace RecruiterPortal.Core.Extraction;

/// <summary>The fields of <c>pdfinfo</c> output the extractor relies on.</summary>
internal sealed record PdfInfo(int? Pages, bool Encrypted)
{
    public static PdfInfo Parse(string output)
    {
        int? pages = null;
        var encrypted = false;

        // The last occurrence wins: pdfinfo prints these after the document's own metadata, so a
        // title with an embedded "Pages:" line cannot override the real value.
        foreach (var rawLine in output.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.StartsWith("Pages:", StringComparison.Ordinal))
            {
                pages = int.TryParse(line["Pages:".Length..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                    ? value
                    : null;
            }
            else if (line.StartsWith("Encrypted:", StringComparison.Ordinal))
            {
                encrypted = line["Encrypted:".Length..].TrimStart().StartsWith("yes", StringComparison.Ordinal);
            }
        }

        return new PdfInfo(pages, encrypted);
    }
}
