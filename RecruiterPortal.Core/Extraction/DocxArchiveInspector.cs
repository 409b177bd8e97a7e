using System.Globalization;
using System.IO.Compression;
using RecruiterPortal.Core.Common;

namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// Vets a .docx as a zip before any XML parser sees it: entry count, declared sizes, per-entry
/// compression ratio, then a full decompression that counts real bytes (declared sizes can lie)
/// and looks for DTDs. Once this passes, parsing the same bytes is bounded.
/// </summary>
internal sealed class DocxArchiveInspector(ExtractionOptions options)
{
    // Parts that Office stores as opaque data; no XML parser reads them, and some (SVG, HTML
    // alt-chunks) may legitimately carry a DOCTYPE.
    private static readonly HashSet<string> _opaqueExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".jfif", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".wdp", ".webp", ".ico",
        ".svg", ".htm", ".html", ".mht", ".mhtml", ".bin", ".odttf", ".ttf", ".xlsx", ".docx", ".pptx",
    };

    /// <summary>Null when the archive is safe to parse, otherwise the refusal.</summary>
    public Result<ExtractedDocument>? Inspect(ZipArchive archive)
    {
        var entries = archive.Entries;
        if (entries.Count > options.DocxMaxEntries)
        {
            return ExtractionFailures.UnsafeArchive(
                $"it contains more than {options.DocxMaxEntries.ToString(CultureInfo.InvariantCulture)} files inside");
        }

        long declared = 0;
        foreach (var entry in entries)
        {
            if (entry.Length > 0 && (double)entry.Length / Math.Max(1, entry.CompressedLength) > options.DocxMaxCompressionRatio)
            {
                return ExtractionFailures.UnsafeArchive("part of it is compressed suspiciously tightly (a possible zip bomb)");
            }

            declared += entry.Length;
            if (declared > options.DocxMaxUncompressedBytes)
            {
                return TooBig();
            }
        }

        return ReadEverything(entries);
    }

    private Result<ExtractedDocument>? ReadEverything(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        var scanner = new ArchiveMarkupScanner();
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in entries)
        {
            var scan = !_opaqueExtensions.Contains(Path.GetExtension(entry.FullName));
            scanner.Reset();
            long entryBytes = 0;
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                entryBytes += read;
                total += read;
                if (total > options.DocxMaxUncompressedBytes || entryBytes > entry.Length)
                {
                    return entryBytes > entry.Length
                        ? ExtractionFailures.UnsafeArchive("its contents are larger than it declares (a possible zip bomb)")
                        : TooBig();
                }

                if (scan)
                {
                    scanner.Scan(buffer.AsSpan(0, read));
                }
            }

            if (scanner.Found)
            {
                return ExtractionFailures.UnsafeDocument();
            }
        }

        return null;
    }

    private Result<ExtractedDocument> TooBig() =>
        ExtractionFailures.UnsafeArchive(
            $"it would expand to more than {ExtractionFailures.Megabytes(options.DocxMaxUncompressedBytes)} MB");
}
