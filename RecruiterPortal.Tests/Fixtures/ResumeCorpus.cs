using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace RecruiterPortal.Tests.Fixtures;

/// <summary>
/// Builds batches of distinct, real resumes from the fixtures in <c>Fixtures/Resumes</c>. Text and
/// DOCX copies get their own email and phone, so each is a different person to the candidate
/// matcher; PDFs cannot be edited that simply, so a repeated PDF is the same person again, made
/// distinct by a trailing PDF comment. Every file has its own SHA-256, so the upload's duplicate
/// check lets each one through to the pipeline.
/// </summary>
public static class ResumeCorpus
{
    /// <summary>The fixtures as copied next to the test assembly.</summary>
    public static string TestOutputFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Resumes");

    /// <summary>
    /// <paramref name="count"/> files, about <paramref name="pdfShare"/> of them PDFs and
    /// <paramref name="docxShare"/> DOCX, the rest TXT/MD; kinds are spread evenly through the list
    /// so any prefix of the batch is mixed too.
    /// </summary>
    public static IReadOnlyList<CorpusFile> Build(string folder, int count, double pdfShare, double docxShare)
    {
        var fixtures = Directory.GetFiles(folder)
            .Where(f => !f.EndsWith(".truth.json", StringComparison.Ordinal) && File.Exists(TruthPath(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var pdfs = fixtures.Where(f => Extension(f) == "pdf").ToList();
        var docx = fixtures.Where(f => Extension(f) == "docx").ToList();
        var text = fixtures.Where(f => Extension(f) is "txt" or "md").ToList();
        if (pdfs.Count == 0 || docx.Count == 0 || text.Count == 0)
        {
            throw new InvalidOperationException($"The resume fixtures in {folder} need PDF, DOCX and TXT/MD files with .truth.json beside them.");
        }

        var pdfCount = (int)Math.Round(count * pdfShare);
        var docxCount = (int)Math.Round(count * docxShare);
        var textCount = count - pdfCount - docxCount;
        var variant = 0;
        var slots = new List<(double Position, CorpusFile File)>();
        for (var i = 0; i < pdfCount; i++)
        {
            slots.Add(((i + 0.5) / pdfCount, PdfCopy(pdfs[i % pdfs.Count], i / pdfs.Count)));
        }

        for (var i = 0; i < docxCount; i++)
        {
            slots.Add(((i + 0.5) / docxCount, DocxVariant(docx[i % docx.Count], variant++)));
        }

        for (var i = 0; i < textCount; i++)
        {
            slots.Add(((i + 0.5) / textCount, TextVariant(text[i % text.Count], variant++)));
        }

        return slots.OrderBy(s => s.Position).Select(s => s.File).ToList();
    }

    private static CorpusFile PdfCopy(string path, int copy)
    {
        var truth = Truth.Read(path);
        var content = File.ReadAllBytes(path);
        if (copy > 0)
        {
            // A comment after %%EOF changes the hash and nothing a reader shows.
            content = [.. content, .. Encoding.ASCII.GetBytes($"\n%copy {copy}\n")];
        }

        var stem = Path.GetFileNameWithoutExtension(path);
        return new CorpusFile($"{stem}-{copy:000}.pdf", content, "pdf", stem, truth.Email?.ToLowerInvariant());
    }

    private static CorpusFile DocxVariant(string path, int variant)
    {
        var truth = Truth.Read(path);
        var (email, phone) = truth.Variant(variant);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(File.ReadAllBytes(path)), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var (sawEmail, sawPhone) = (false, false);
            foreach (var entry in source.Entries)
            {
                using var reader = entry.Open();
                using var buffer = new MemoryStream();
                reader.CopyTo(buffer);
                var bytes = buffer.ToArray();
                if (entry.FullName.EndsWith(".xml", StringComparison.Ordinal) || entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                {
                    var xml = Encoding.UTF8.GetString(bytes);
                    var changed = truth.Apply(xml, email, phone);
                    sawEmail |= changed.Contains(email, StringComparison.Ordinal);
                    sawPhone |= changed.Contains(phone, StringComparison.Ordinal);
                    bytes = Encoding.UTF8.GetBytes(changed);
                }

                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = entry.LastWriteTime;
                using var writer = copy.Open();
                writer.Write(bytes);
            }

            if (!sawEmail || !sawPhone)
            {
                throw new InvalidOperationException($"{path}: the email and phone of its .truth.json are not in the document.");
            }
        }

        var stem = Path.GetFileNameWithoutExtension(path);
        return new CorpusFile($"{stem}-{variant:000}.docx", output.ToArray(), "docx", $"{stem}#{variant}", email);
    }

    private static CorpusFile TextVariant(string path, int variant)
    {
        var truth = Truth.Read(path);
        var (email, phone) = truth.Variant(variant);
        var original = File.ReadAllText(path);
        var changed = truth.Apply(original, email, phone);
        if (!changed.Contains(email, StringComparison.Ordinal) || !changed.Contains(phone, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{path}: the email and phone of its .truth.json are not in the text.");
        }

        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Extension(path);
        return new CorpusFile($"{stem}-{variant:000}.{extension}", Encoding.UTF8.GetBytes(changed), extension, $"{stem}#{variant}", email);
    }

    private static string Extension(string path) => Path.GetExtension(path).TrimStart('.').ToLowerInvariant();

    private static string TruthPath(string path) => Path.ChangeExtension(path, ".truth.json");

    /// <summary>The contact details of a fixture, and how a variant replaces them.</summary>
    private sealed record Truth(string Email, string Phone)
    {
        public static Truth Read(string path)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(TruthPath(path)));
            var root = json.RootElement;
            var email = root.TryGetProperty("email", out var e) ? e.GetString() : null;
            var phone = root.TryGetProperty("phone", out var p) ? p.GetString() : null;
            return new Truth(email ?? string.Empty, phone ?? string.Empty);
        }

        /// <summary>
        /// A new email and phone: both must change, or the matcher would file the copy under the
        /// original (it matches on email first, then on phone).
        /// </summary>
        public (string Email, string Phone) Variant(int variant)
        {
            if (Email.Length == 0 || !Email.Contains('@', StringComparison.Ordinal) || Phone.Count(char.IsAsciiDigit) < 7)
            {
                throw new InvalidOperationException("A fixture used for variants needs an email and a phone number in its .truth.json.");
            }

            var at = Email.IndexOf('@', StringComparison.Ordinal);
            var email = $"{Email[..at]}.r{variant:000}{Email[at..]}".ToLowerInvariant();

            // The last four digits become 2000 + variant; separators stay where they were.
            var digits = (2000 + variant).ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
            var phone = Phone.ToCharArray();
            var next = digits.Length - 1;
            for (var i = phone.Length - 1; i >= 0 && next >= 0; i--)
            {
                if (char.IsAsciiDigit(phone[i]))
                {
                    phone[i] = digits[next--];
                }
            }

            return (email, new string(phone));
        }

        public string Apply(string text, string email, string phone) =>
            text.Replace(Email, email, StringComparison.OrdinalIgnoreCase).Replace(Phone, phone, StringComparison.Ordinal);
    }
}
