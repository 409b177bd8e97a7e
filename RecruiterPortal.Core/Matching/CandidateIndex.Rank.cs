using System.Buffers;
using RecruiterPortal.Core.JobPostings;

namespace RecruiterPortal.Core.Matching;

public sealed partial class CandidateIndex
{
    /// <summary>
    /// The <paramref name="top"/> best candidates for a job, best first (ties by id), keeping only
    /// scores of at least <paramref name="minScore"/> and, when given, candidates evidencing every
    /// skill in <paramref name="mustHaveSkills"/> (canonical names).
    /// </summary>
    public IReadOnlyList<RankedCandidate> Rank(JobFeatures job, WeightageProfile weights, int top, double minScore = 0, IReadOnlyCollection<string>? mustHaveSkills = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var w = weights.Normalized();
        var n = Count;
        var pool = ArrayPool<double>.Shared;
        var required = Accumulate(job.RequiredSkills, pool);
        var preferred = Accumulate(job.PreferredSkills, pool);
        var (bm25, ideal) = Bm25(job, pool);
        var must = MustHaveCounts(mustHaveSkills, out var mustNeeded);
        var fieldMatch = FieldMatches(job);
        var titleIds = job.TitleTerms.Select(t => _titleVocabulary.GetValueOrDefault(t, -1)).ToArray();
        var asked = job.MinYearsExperience is > 0 ? job.MinYearsExperience.Value : 0;
        var fieldStated = job.EducationFieldTerms.Count > 0;
        var heap = new TopK(Math.Min(top, n), _tieRank);
        try
        {
            if (mustNeeded < 0)
            {
                return [];
            }

            for (var c = 0; c < n; c++)
            {
                if (must is not null && must[c] != mustNeeded)
                {
                    continue;
                }

                var score = ScoringMath.Combine(
                    w,
                    required is null ? double.NaN : required[c] / job.RequiredSkills.Count,
                    preferred is null ? double.NaN : preferred[c] / job.PreferredSkills.Count,
                    bm25 is null ? double.NaN : ScoringMath.Keyword(bm25[c], ideal),
                    titleIds.Length == 0 ? double.NaN : Title(c, titleIds, job.Seniority),
                    asked > 0 ? ScoringMath.Experience(_years[c], asked) : double.NaN,
                    job.EducationLevel > EducationLevel.None
                        ? ScoringMath.Education((EducationLevel)_education[c], job.EducationLevel, fieldStated, fieldMatch is not null && fieldMatch[c])
                        : double.NaN);
                if (score >= minScore)
                {
                    heap.Offer(c, score);
                }
            }

            return heap.Drain().Select(h => new RankedCandidate(_ids[h.Doc], h.Score)).ToList();
        }
        finally
        {
            Return(pool, required);
            Return(pool, preferred);
            Return(pool, bm25);
            if (must is not null)
            {
                ArrayPool<int>.Shared.Return(must);
            }

            if (fieldMatch is not null)
            {
                ArrayPool<bool>.Shared.Return(fieldMatch);
            }
        }
    }

    /// <summary>Per candidate, the summed evidence over the skills, added in the job's order as the scorer does.</summary>
    private double[]? Accumulate(IReadOnlyList<string> skills, ArrayPool<double> pool)
    {
        if (skills.Count == 0)
        {
            return null;
        }

        var sums = Rent(pool);
        foreach (var skill in skills)
        {
            var (start, end) = _skills.Range(skill);
            for (var p = start; p < end; p++)
            {
                sums[_skills.Docs[p]] += ScoringMath.SkillStrength(_skills.Values[p]);
            }
        }

        return sums;
    }

    private (double[]? Sums, double Ideal) Bm25(JobFeatures job, ArrayPool<double> pool)
    {
        if (job.Terms.Count == 0)
        {
            return (null, 0);
        }

        var sums = Rent(pool);
        var docs = _terms.Docs;
        var values = _terms.Values;
        foreach (var term in job.Terms)
        {
            var idf = Corpus.InverseDocumentFrequency(term);
            var (start, end) = _terms.Range(term);
            for (var p = start; p < end; p++)
            {
                var doc = docs[p];
                sums[doc] += ScoringMath.TermScore(idf, values[p], _lengthNorm[doc]);
            }
        }

        return (sums, ScoringMath.IdealBm25(job.Terms.Select(Corpus.InverseDocumentFrequency)));
    }

    /// <summary>How many must-have skills each candidate has; needed is -1 when one is unknown to every candidate.</summary>
    private int[]? MustHaveCounts(IReadOnlyCollection<string>? skills, out int needed)
    {
        needed = 0;
        if (skills is null || skills.Count == 0)
        {
            return null;
        }

        var counts = ArrayPool<int>.Shared.Rent(Count);
        Array.Clear(counts, 0, Count);
        foreach (var skill in skills.Distinct(StringComparer.Ordinal))
        {
            var (start, end) = _skills.Range(skill);
            if (start == end)
            {
                needed = -1;
                return counts;
            }

            needed++;
            for (var p = start; p < end; p++)
            {
                counts[_skills.Docs[p]]++;
            }
        }

        return counts;
    }

    private bool[]? FieldMatches(JobFeatures job)
    {
        if (job.EducationLevel == EducationLevel.None || job.EducationFieldTerms.Count == 0)
        {
            return null;
        }

        var matches = ArrayPool<bool>.Shared.Rent(Count);
        Array.Clear(matches, 0, Count);
        foreach (var term in job.EducationFieldTerms)
        {
            var (start, end) = _fields.Range(term);
            for (var p = start; p < end; p++)
            {
                matches[_fields.Docs[p]] = true;
            }
        }

        return matches;
    }

    private double Title(int c, int[] jobTitleIds, Seniority jobSeniority)
    {
        double best = 0;
        for (int t = _titleStart[c], i = 0; t < _titleStart[c + 1]; t++, i++)
        {
            var from = _titleTermStart[t];
            var to = _titleTermStart[t + 1];
            var shared = 0;
            foreach (var id in jobTitleIds)
            {
                if (id >= 0 && Array.IndexOf(_titleTerms, id, from, to - from) >= 0)
                {
                    shared++;
                }
            }

            best = Math.Max(best, (double)shared / jobTitleIds.Length * ScoringMath.TitleRecency(i));
        }

        return ScoringMath.Title(best, jobSeniority, (Seniority)_seniority[c]);
    }

    private double[] Rent(ArrayPool<double> pool)
    {
        var array = pool.Rent(Count);
        Array.Clear(array, 0, Count);
        return array;
    }

    private static void Return(ArrayPool<double> pool, double[]? array)
    {
        if (array is not null)
        {
            pool.Return(array);
        }
    }
}
