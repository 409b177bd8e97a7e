using RecruiterPortal.Core.Parsing;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>Turns a resume's text into structured data; the seam that lets tests count parses.</summary>
public interface IResumeTextParser
{
    ParsedResume Parse(string text);
}
