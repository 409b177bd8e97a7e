namespace RecruiterPortal.Core.Matching;

/// <summary>
/// Candidates' match features laid out for ranking many at once: inverted lists for terms, skills and
/// fields of study, and flat arrays for lengths, years, education, seniority and title terms. Ranking
/// touches only the lists of the job's own terms and skills, and gives exactly the scores
/// <see cref="MatchScorer"/> gives with <see cref="Corpus"/>. Immutable once built; safe to share.
/// </summary>
public sealed partial class CandidateIndex
{
    private readonly Guid[] _ids;
    private readonly int[] _tieRank;
    private readonly CandidateFeatures[] _features;
    private readonly Dictionary<Guid, int> _byId;
    private readonly PostingList _terms;
    private readonly PostingList _skills;
    private readonly PostingList _fields;
    private readonly double[] _lengthNorm;
    private readonly double[] _years;
    private readonly byte[] _education;
    private readonly byte[] _seniority;
    private readonly Dictionary<string, int> _titleVocabulary;
    private readonly int[] _titleStart;
    private readonly int[] _titleTermStart;
    private readonly int[] _titleTerms;

    private CandidateIndex(List<(Guid Id, CandidateFeatures Features)> candidates)
    {
        var n = candidates.Count;
        _ids = new Guid[n];
        _features = new CandidateFeatures[n];
        _byId = new Dictionary<Guid, int>(n);
        _years = new double[n];
        _education = new byte[n];
        _seniority = new byte[n];
        _titleStart = new int[n + 1];
        _titleVocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var titleTermStart = new List<int> { 0 };
        var titleTerms = new List<int>();
        var terms = new PostingList.Builder();
        var skills = new PostingList.Builder();
        var fields = new PostingList.Builder();
        for (var c = 0; c < n; c++)
        {
            var (id, f) = candidates[c];
            if (!_byId.TryAdd(id, c))
            {
                throw new ArgumentException($"Candidate {id} is listed twice.", nameof(candidates));
            }

            _ids[c] = id;
            _features[c] = f;
            _years[c] = f.YearsOfExperience;
            _education[c] = (byte)f.EducationLevel;
            _seniority[c] = (byte)f.Seniority;
            foreach (var (term, tf) in f.TermFrequencies)
            {
                terms.Add(term, c, tf);
            }

            foreach (var (skill, mentions) in f.SkillMentions)
            {
                skills.Add(skill, c, mentions);
            }

            foreach (var field in f.FieldTerms.Distinct(StringComparer.Ordinal))
            {
                fields.Add(field, c, 1);
            }

            foreach (var title in f.TitleTerms.Take(ScoringMath.MaxTitles))
            {
                foreach (var term in title.Distinct(StringComparer.Ordinal))
                {
                    if (!_titleVocabulary.TryGetValue(term, out var termId))
                    {
                        termId = _titleVocabulary.Count;
                        _titleVocabulary[term] = termId;
                    }

                    titleTerms.Add(termId);
                }

                titleTermStart.Add(titleTerms.Count);
            }

            _titleStart[c + 1] = titleTermStart.Count - 1;
        }

        _terms = terms.Build();
        _skills = skills.Build();
        _fields = fields.Build();
        _titleTermStart = [.. titleTermStart];
        _titleTerms = [.. titleTerms];
        Corpus = CorpusStatistics.From(_features);
        _lengthNorm = new double[n];
        for (var c = 0; c < n; c++)
        {
            _lengthNorm[c] = ScoringMath.LengthNorm(_features[c].Length, Corpus.AverageLength);
        }

        // Ties in score are broken by candidate id, so a ranking does not depend on insertion order.
        var order = Enumerable.Range(0, n).OrderBy(c => _ids[c]).ToArray();
        _tieRank = new int[n];
        for (var r = 0; r < n; r++)
        {
            _tieRank[order[r]] = r;
        }
    }

    /// <summary>Term statistics of the indexed candidates; pass it to <see cref="MatchScorer"/> to reproduce a ranking score.</summary>
    public CorpusStatistics Corpus { get; }

    public int Count => _ids.Length;

    /// <summary>Indexes candidates. Ids must be unique.</summary>
    public static CandidateIndex Build(IEnumerable<(Guid Id, CandidateFeatures Features)> candidates) =>
        new(candidates.ToList());

    public bool TryGetFeatures(Guid id, out CandidateFeatures features)
    {
        if (_byId.TryGetValue(id, out var c))
        {
            features = _features[c];
            return true;
        }

        features = null!;
        return false;
    }

    /// <summary>The full, explained result for one indexed candidate, with the same score the ranking gave.</summary>
    /// <exception cref="KeyNotFoundException">The candidate is not in the index.</exception>
    public MatchResult Explain(Guid id, JobFeatures job, MatchScorer scorer, WeightageProfile? weights = null) =>
        TryGetFeatures(id, out var features)
            ? scorer.Score(features, job, Corpus, weights)
            : throw new KeyNotFoundException($"Candidate {id} is not in the index.");
}
