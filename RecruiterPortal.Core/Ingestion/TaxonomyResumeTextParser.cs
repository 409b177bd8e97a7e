using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Ingestion;

/// <summary>The portal's <see cref="ResumeParser"/> over the configured skill taxonomy.</summary>
public sealed class TaxonomyResumeTextParser(SkillTaxonomy taxonomy) : IResumeTextParser
{
    private readonly ResumeParser _parser = new(taxonomy);

    public ParsedResume Parse(string text) => _parser.Parse(text);
}
