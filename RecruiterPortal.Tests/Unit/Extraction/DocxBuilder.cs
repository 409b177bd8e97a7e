using System.IO.Compression;
using System.Text;

namespace RecruiterPortal.Tests.Unit.Extraction;

/// <summary>Builds minimal .docx packages by hand so hostile variants can be made byte by byte.</summary>
internal static class DocxBuilder
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ContentTypesStart =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>""";

    private const string HeaderOverride =
        """<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>""";

    private const string StylesOverride =
        """<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>""";

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string RootRels =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    /// <summary>A document whose body is <paramref name="bodyXml"/>, with optional extra entries.</summary>
    public static byte[] Build(string bodyXml, IReadOnlyDictionary<string, byte[]>? extraEntries = null, string? prolog = null) =>
        BuildRaw(DocumentXml(bodyXml, prolog), extraEntries);

    public static string DocumentXml(string bodyXml, string? prolog = null) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}<w:document xmlns:w="{WordNamespace}" xmlns:r="{RelationshipsNamespace}"><w:body>{bodyXml}</w:body></w:document>""";

    /// <summary>A document with a default header (relationship rIdH) and/or a styles part.</summary>
    public static byte[] BuildWithParts(string bodyXml, string? headerBodyXml, string? stylesXml)
    {
        var rels = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        var overrides = new StringBuilder();
        var extra = new Dictionary<string, byte[]>();
        if (headerBodyXml is not null)
        {
            rels.Append("""<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>""");
            overrides.Append(HeaderOverride);
            extra["word/header1.xml"] = Encoding.UTF8.GetBytes($"""<w:hdr xmlns:w="{WordNamespace}">{headerBodyXml}</w:hdr>""");
            bodyXml += """<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/></w:sectPr>""";
        }

        if (stylesXml is not null)
        {
            rels.Append("""<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
            overrides.Append(StylesOverride);
            extra["word/styles.xml"] = Encoding.UTF8.GetBytes($"""<w:styles xmlns:w="{WordNamespace}">{stylesXml}</w:styles>""");
        }

        extra["word/_rels/document.xml.rels"] = Encoding.UTF8.GetBytes(rels.Append("</Relationships>").ToString());
        return BuildRaw(DocumentXml(bodyXml), extra, overrides.ToString());
    }

    public static byte[] BuildRaw(string documentXml, IReadOnlyDictionary<string, byte[]>? extraEntries = null, string contentTypeOverrides = "")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypesStart + contentTypeOverrides + "</Types>"));
            Add(zip, "_rels/.rels", Encoding.UTF8.GetBytes(RootRels));
            Add(zip, "word/document.xml", Encoding.UTF8.GetBytes(documentXml));
            foreach (var (name, bytes) in extraEntries ?? new Dictionary<string, byte[]>())
            {
                Add(zip, name, bytes);
            }
        }

        return buffer.ToArray();
    }

    public static string Paragraph(string text, int? numberingId = null, string? style = null)
    {
        var properties = new StringBuilder();
        if (style is not null)
        {
            properties.Append($"""<w:pStyle w:val="{style}"/>""");
        }

        if (numberingId is not null)
        {
            properties.Append($"""<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{numberingId}"/></w:numPr>""");
        }

        var pPr = properties.Length > 0 ? $"<w:pPr>{properties}</w:pPr>" : string.Empty;
        return $"""<w:p>{pPr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>""";
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize);
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
