using RecruiterPortal.Core.Ingestion;
using RecruiterPortal.Core.Parsing;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Tests.Unit.Ingestion;

/// <summary>The real parser, counting how often it runs.</summary>
internal sealed class CountingResumeParser : IResumeTextParser
{
    private readonly TaxonomyResumeTextParser _inner = new(SkillTaxonomy.Default);
    private int _calls;

    public int Calls => _calls;

    public ParsedResume Parse(string text)
    {
        Interlocked.Increment(ref _calls);
        return _inner.Parse(text);
    }
}
