using System.Text;

namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// Decides whether bytes are text and in which encoding: a BOM wins, then strict UTF-8, then a
/// BOM-less UTF-16 guess, then Windows-1252 (what legacy Windows editors write).
/// </summary>
internal static class TextDecoder
{
    // Beyond this share of control characters the bytes are data, not a document.
    private const double MaxControlShare = 0.05;

    private static readonly Encoding _strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> _windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    /// <summary>The decoded text, or null when the bytes do not look like text.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes)
    {
        var text = DecodeByBom(bytes) ?? DecodeWithoutBom(bytes);
        return text is not null && LooksLikeText(text) ? text : null;
    }

    private static string? DecodeByBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes[4..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(bytes[4..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        return null;
    }

    private static string? DecodeWithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (GuessUtf16(bytes) is { } utf16)
        {
            return utf16.GetString(bytes);
        }

        if (bytes.Contains((byte)0))
        {
            return null;
        }

        try
        {
            return _strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return _windows1252.Value.GetString(bytes);
        }
    }

    // Mostly-Latin UTF-16 without a BOM has a zero in nearly every other byte and none in the rest.
    private static Encoding? GuessUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }

        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < bytes.Length; i += 2)
        {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = bytes.Length / 2;
        if (zeroOdd > pairs * 0.9 && zeroEven == 0)
        {
            return Encoding.Unicode;
        }

        return zeroEven > pairs * 0.9 && zeroOdd == 0 ? Encoding.BigEndianUnicode : null;
    }

    private static bool LooksLikeText(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                control++;
            }
        }

        // A few stray escapes (pasted terminal colours, form feeds) are tolerated in short text.
        return control <= Math.Max(16, text.Length * MaxControlShare);
    }
}
