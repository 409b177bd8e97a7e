using System.Text;

namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// Looks for DTD declarations (<c>&lt;!DOCTYPE</c>, <c>&lt;!ENTITY</c>) in a stream of XML bytes
/// in any encoding an XML parser would accept, across chunk boundaries. Office never writes a DTD,
/// so one is a sign of an entity-expansion or external-entity attack.
/// </summary>
internal sealed class ArchiveMarkupScanner
{
    private static readonly byte[][] _patterns = BuildPatterns();
    private static readonly int _carryLength = _patterns.Max(p => p.Length) - 1;

    private readonly byte[] _carry = new byte[_carryLength];
    private int _carryCount;

    public bool Found { get; private set; }

    public void Reset()
    {
        _carryCount = 0;
        Found = false;
    }

    public void Scan(ReadOnlySpan<byte> chunk)
    {
        if (Found || chunk.IsEmpty)
        {
            return;
        }

        // Joining the tail of the last chunk with the head of this one catches split markers.
        var seamLength = Math.Min(chunk.Length, _carryLength);
        Span<byte> seam = stackalloc byte[_carryLength * 2];
        _carry.AsSpan(0, _carryCount).CopyTo(seam);
        chunk[..seamLength].CopyTo(seam[_carryCount..]);
        Found = ContainsAny(seam[..(_carryCount + seamLength)]) || ContainsAny(chunk);

        var tail = chunk[Math.Max(0, chunk.Length - _carryLength)..];
        if (tail.Length == _carryLength)
        {
            tail.CopyTo(_carry);
            _carryCount = tail.Length;
        }
        else
        {
            var keep = Math.Min(_carryCount, _carryLength - tail.Length);
            _carry.AsSpan(_carryCount - keep, keep).CopyTo(_carry);
            tail.CopyTo(_carry.AsSpan(keep));
            _carryCount = keep + tail.Length;
        }
    }

    private static bool ContainsAny(ReadOnlySpan<byte> data)
    {
        foreach (var pattern in _patterns)
        {
            if (data.IndexOf(pattern) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static byte[][] BuildPatterns()
    {
        Encoding[] encodings =
        [
            Encoding.UTF8,
            Encoding.Unicode,
            Encoding.BigEndianUnicode,
            new UTF32Encoding(bigEndian: false, byteOrderMark: false),
            new UTF32Encoding(bigEndian: true, byteOrderMark: false),
        ];
        string[] markers = ["<!DOCTYPE", "<!doctype", "<!ENTITY", "<!entity"];
        return [.. encodings.SelectMany(e => markers.Select(m => e.GetBytes(m)))];
    }
}
