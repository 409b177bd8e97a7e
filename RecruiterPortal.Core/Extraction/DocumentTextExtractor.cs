using System.IO.Compression;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RecruiterPortal.Core.Common;

namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// Reads the text of an uploaded PDF, .docx or text file. The type comes from the content's magic
/// bytes, never the name, so a renamed executable or web page is refused rather than parsed; the
/// name only tells Markdown from plain text.
/// </summary>
public sealed class DocumentTextExtractor(
    IOptions<ExtractionOptions> options,
    IProcessRunner processRunner,
    ILogger<DocumentTextExtractor> logger) : IDocumentTextExtractor
{
    private readonly ExtractionOptions _options = options.Value;

    /// <summary>Uses the real <see cref="ProcessRunner"/> for poppler.</summary>
    public DocumentTextExtractor(IOptions<ExtractionOptions> options, ILogger<DocumentTextExtractor> logger)
        : this(options, new ProcessRunner(NullLogger<ProcessRunner>.Instance), logger)
    {
    }

    public async Task<Result<ExtractedDocument>> ExtractAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return ExtractionFailures.Empty();
        }

        if (content.LongLength > _options.MaxFileBytes)
        {
            return ExtractionFailures.TooLarge(_options.MaxFileBytes);
        }

        var kind = ContentSniffer.Sniff(content);
        logger.LogDebug("Extracting {Bytes} bytes detected as {Kind}", content.Length, kind);
        return kind switch
        {
            ContentKind.Pdf => await new PdfTextReader(processRunner, _options, logger).ReadAsync(content, cancellationToken).ConfigureAwait(false),
            ContentKind.Zip => ReadZip(content),
            ContentKind.OleCompound => ContentSniffer.IsEncryptedOfficePackage(content)
                ? ExtractionFailures.EncryptedOffice()
                : ExtractionFailures.LegacyDoc(),
            ContentKind.Executable => ExtractionFailures.Unsupported("It looks like a program."),
            ContentKind.Image => ExtractionFailures.Unsupported("It is an image; upload a PDF with a text layer or a .docx instead."),
            _ => ReadText(content, fileName),
        };
    }

    private Result<ExtractedDocument> ReadZip(byte[] content)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            logger.LogInformation(ex, "A zip upload has an unreadable directory");
            return ExtractionFailures.CorruptDocx();
        }

        using (archive)
        {
            return DocxTextReader.IsWordArchive(archive)
                ? new DocxTextReader(_options, logger).Read(archive, content)
                : ExtractionFailures.Unsupported("It is a zip archive or another Office format; save it as .docx or PDF.");
        }
    }

    private Result<ExtractedDocument> ReadText(byte[] content, string fileName)
    {
        var text = TextDecoder.TryDecode(content);
        if (text is null)
        {
            return ExtractionFailures.Unsupported();
        }

        switch (ContentSniffer.SniffText(text))
        {
            case ContentKind.Html:
                return ExtractionFailures.Unsupported("It is a web page (HTML or XML); save it as PDF or .docx.");
            case ContentKind.Rtf:
                return ExtractionFailures.Unsupported("It is a Rich Text (.rtf) file; save it as .docx or PDF.");
        }

        var normalized = TextNormalizer.Normalize(text, _options.MaxTextChars);
        if (TextNormalizer.IsBlank(normalized))
        {
            return ExtractionFailures.NoText();
        }

        return Result<ExtractedDocument>.Ok(new ExtractedDocument(normalized, IsMarkdownName(fileName) ? "md" : "txt", null));
    }

    private static bool IsMarkdownName(string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty);
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
               || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase);
    }
}
