using System.Text;

namespace RecruiterPortal.Core.Extraction;

/// <summary>Recognises file kinds by magic bytes; the file name is never consulted.</summary>
internal static class ContentSniffer
{
    // PDF readers accept the header anywhere in the first kilobyte, so poppler will too.
    private const int PdfHeaderWindow = 1024;

    private static readonly byte[][] _executableMagics =
    [
        [0x7F, (byte)'E', (byte)'L', (byte)'F'],
        [0xFE, 0xED, 0xFA, 0xCE],
        [0xFE, 0xED, 0xFA, 0xCF],
        [0xCE, 0xFA, 0xED, 0xFE],
        [0xCF, 0xFA, 0xED, 0xFE],
        [0xCA, 0xFE, 0xBA, 0xBE],
        [0x00, 0x61, 0x73, 0x6D],
    ];

    private static readonly byte[][] _imageMagics =
    [
        [0x89, (byte)'P', (byte)'N', (byte)'G'],
        [0xFF, 0xD8, 0xFF],
        "GIF8"u8.ToArray(),
        [(byte)'I', (byte)'I', 0x2A, 0x00],
        [(byte)'M', (byte)'M', 0x00, 0x2A],
    ];

    private static readonly byte[] _oleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static ContentKind Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, PdfHeaderWindow)];
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return ContentKind.Pdf;
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8))
        {
            return ContentKind.Zip;
        }

        if (bytes.StartsWith(_oleMagic))
        {
            return ContentKind.OleCompound;
        }

        if (StartsWithAny(bytes, _executableMagics) || IsDosExecutable(bytes))
        {
            return ContentKind.Executable;
        }

        if (StartsWithAny(bytes, _imageMagics) || IsWebp(bytes))
        {
            return ContentKind.Image;
        }

        return ContentKind.Unknown;
    }

    /// <summary>Classifies already-decoded text as RTF or HTML markup, or plain text.</summary>
    public static ContentKind SniffText(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith(@"{\rtf", StringComparison.Ordinal))
        {
            return ContentKind.Rtf;
        }

        // Browsers sniff HTML from the same markers; a resume in plain text never starts this way.
        ReadOnlySpan<string> htmlMarkers = ["<!doctype html", "<html", "<head", "<body", "<?xml", "<svg", "<script", "<iframe"];
        foreach (var marker in htmlMarkers)
        {
            if (start.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return ContentKind.Html;
            }
        }

        return ContentKind.Text;
    }

    /// <summary>True when an OLE container holds an encrypted OOXML package (a locked .docx).</summary>
    public static bool IsEncryptedOfficePackage(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0;

    private static bool StartsWithAny(ReadOnlySpan<byte> bytes, byte[][] magics)
    {
        foreach (var magic in magics)
        {
            if (bytes.StartsWith(magic))
            {
                return true;
            }
        }

        return false;
    }

    // "MZ" alone also starts ordinary text, so require the binary DOS header behind it.
    private static bool IsDosExecutable(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("MZ"u8) && bytes[..Math.Min(bytes.Length, 64)].Contains((byte)0);

    private static bool IsWebp(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8);
}
