using System.Globalization;
using RecruiterPortal.Core.Extraction;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>
/// The checks an upload passes before anything is stored, with messages that name the file, so a
/// recruiter reading a batch result knows which file to fix.
/// </summary>
public static class UploadRefusals
{
    public const string TooManyFilesCode = "too_many_files";

    private static readonly Dictionary<string, string> _contentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".txt"] = "text/plain",
        [".md"] = "text/markdown",
    };

    /// <summary>The stored content type for an accepted name; never the client's claim.</summary>
    public static string ContentTypeOf(string fileName) =>
        _contentTypes.GetValueOrDefault(Path.GetExtension(fileName)) ?? "application/octet-stream";

    /// <summary>Checks the name and declared size; null when the file may be read.</summary>
    public static UploadRefusal? CheckDeclared(string fileName, long length, long maxBytes)
    {
        var extension = Path.GetExtension(fileName);
        if (string.Equals(extension, ".doc", StringComparison.OrdinalIgnoreCase))
        {
            return new UploadRefusal($"{fileName} is an older Word (.doc) file; save it as .docx or PDF and upload it again.", ExtractionErrorCodes.LegacyDoc);
        }

        if (!_contentTypes.ContainsKey(extension))
        {
            return new UploadRefusal($"{fileName} is not a PDF, Word (.docx), text (.txt) or Markdown (.md) file.", ExtractionErrorCodes.UnsupportedType);
        }

        return CheckSize(fileName, length, maxBytes);
    }

    /// <summary>Checks the bytes actually received, which may differ from what was declared.</summary>
    public static UploadRefusal? CheckContent(string fileName, byte[] content, long maxBytes)
    {
        if (CheckSize(fileName, content.LongLength, maxBytes) is { } sizeRefusal)
        {
            return sizeRefusal;
        }

        return ContentSniffer.Sniff(content) == ContentKind.Executable
            ? new UploadRefusal($"{fileName} looks like a program, not a document.", ExtractionErrorCodes.UnsupportedType)
            : null;
    }

    public static UploadRefusal TooManyFiles(string fileName, int maxFiles) =>
        new UploadRefusal(
            $"{fileName} was not accepted: a batch holds at most {maxFiles.ToString(CultureInfo.InvariantCulture)} files. Upload it in another batch.",
            TooManyFilesCode);

    /// <summary>Megabytes for messages; the size is rounded up so an over-limit file never reads as at the limit.</summary>
    public static string Megabytes(long bytes, bool roundUp = false)
    {
        var megabytes = bytes / (1024d * 1024d);
        return (roundUp ? Math.Ceiling(megabytes * 10) / 10 : megabytes).ToString("0.#", CultureInfo.InvariantCulture);
    }

    private static UploadRefusal? CheckSize(string fileName, long length, long maxBytes)
    {
        if (length <= 0)
        {
            return new UploadRefusal($"{fileName} is empty.", ExtractionErrorCodes.Empty);
        }

        return length > maxBytes
            ? new UploadRefusal($"{fileName} is {Megabytes(length, roundUp: true)} MB; the limit is {Megabytes(maxBytes)} MB.", ExtractionErrorCodes.TooLarge)
            : null;
    }
}
