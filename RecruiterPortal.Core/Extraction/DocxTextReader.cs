using System.IO.Compression;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging;
using RecruiterPortal.Core.Common;

namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// Reads .docx text: vets the zip first (<see cref="DocxArchiveInspector"/>), then walks the body
/// with the OpenXml SDK, whose XML readers refuse DTDs as a second line of defence.
/// </summary>
internal sealed class DocxTextReader(ExtractionOptions options, ILogger logger)
{
    public const string MainDocumentEntry = "word/document.xml";

    /// <summary>True when the bytes are a zip with a Word main document, i.e. meant to be a .docx.</summary>
    public static bool IsWordArchive(ZipArchive archive) =>
        archive.Entries.Any(e => string.Equals(e.FullName, MainDocumentEntry, StringComparison.OrdinalIgnoreCase));

    public Result<ExtractedDocument> Read(ZipArchive archive, byte[] content)
    {
        try
        {
            if (new DocxArchiveInspector(options).Inspect(archive) is { } refusal)
            {
                return refusal;
            }
        }
        catch (InvalidDataException ex)
        {
            logger.LogInformation(ex, "A .docx archive failed to decompress");
            return ExtractionFailures.CorruptDocx();
        }

        return ReadVetted(content);
    }

    /// <summary>Parses an archive that already passed inspection; internal so tests can prove the parser's own DTD refusal.</summary>
    internal Result<ExtractedDocument> ReadVetted(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var settings = new OpenSettings { MaxCharactersInPart = options.DocxMaxUncompressedBytes };
            using var document = WordprocessingDocument.Open(stream, isEditable: false, settings);
            var text = DocxBodyWriter.Write(document);
            var normalized = TextNormalizer.Normalize(text, options.MaxTextChars);
            return TextNormalizer.IsBlank(normalized)
                ? ExtractionFailures.NoText()
                : Result<ExtractedDocument>.Ok(new ExtractedDocument(normalized, "docx", null));
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            logger.LogWarning("A .docx with a DTD reached the XML parser and was refused");
            return ExtractionFailures.UnsafeDocument();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or XmlException or InvalidDataException or IOException
                                       or FileFormatException or InvalidOperationException or ArgumentException)
        {
            logger.LogInformation(ex, "A .docx could not be parsed");
            return ExtractionFailures.CorruptDocx();
        }
    }
}
