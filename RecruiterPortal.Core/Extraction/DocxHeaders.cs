using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace RecruiterPortal.Core.Extraction;

/// <summary>
/// The headers a reader sees on the first page (first-page header, else the default one). Resume
/// templates often put the candidate's name and contact details there.
/// </summary>
internal static class DocxHeaders
{
    public static IEnumerable<Header> Read(MainDocumentPart main, Body body)
    {
        var section = body.Elements<SectionProperties>().LastOrDefault();
        if (section is null)
        {
            yield break;
        }

        var references = section.Elements<HeaderReference>().ToList();
        var titlePage = section.GetFirstChild<TitlePage>() is { } tp && (tp.Val?.Value ?? true);
        var wanted = titlePage ? HeaderFooterValues.First : HeaderFooterValues.Default;
        var reference = references.FirstOrDefault(r => r.Type?.Value == wanted)
                        ?? references.FirstOrDefault(r => r.Type is null || r.Type.Value == HeaderFooterValues.Default);
        if (reference?.Id?.Value is not { } id)
        {
            yield break;
        }

        if (main.Parts.FirstOrDefault(p => p.RelationshipId == id)?.OpenXmlPart is HeaderPart { Header: { } header })
        {
            yield return header;
        }
    }
}
