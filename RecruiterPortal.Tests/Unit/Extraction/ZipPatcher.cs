using System.Buffers.Binary;
using System.Text;

namespace RecruiterPortal.Tests.Unit.Extraction;

/// <summary>Rewrites an entry's declared uncompressed size in both zip headers, to forge a lying archive.</summary>
internal static class ZipPatcher
{
    private const uint LocalHeader = 0x04034b50;
    private const uint CentralHeader = 0x02014b50;

    public static void SetDeclaredSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == LocalHeader && Matches(zip, i + 30, BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(i + 26)), name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
                patched++;
            }
            else if (signature == CentralHeader && Matches(zip, i + 46, BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(i + 28)), name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
                patched++;
            }
        }

        if (patched != 2)
        {
            throw new InvalidOperationException($"Expected two headers for {entryName}, patched {patched}.");
        }
    }

    private static bool Matches(byte[] zip, int offset, int length, byte[] name) =>
        length == name.Length && offset + length <= zip.Length && zip.AsSpan(offset, length).SequenceEqual(name);
}
