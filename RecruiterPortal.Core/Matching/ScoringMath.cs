using RecruiterPortal.Core.JobPostings;

namespace RecruiterPortal.Core.Matching;

/// <summary>
/// The arithmetic of a match, shared by <see cref="MatchScorer"/> and <see cref="CandidateIndex"/>
/// so both produce bit-identical scores for the same pair (sums are taken in the same order).
/// </summary>
internal static class ScoringMath
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>Keyword relevance reaches ~0.63 when a resume earns a quarter of the job's ideal BM25.</summary>
    public const double KeywordSaturation = 4.0;

    /// <summary>Only the most recent titles speak to fit; older ones fade.</summary>
    public const int MaxTitles = 5;

    /// <summary>
    /// Evidence for a skill from its mention count: one mention is solid, more saturate towards 1.
    /// Never decreases with more mentions.
    /// </summary>
    public static double SkillStrength(int mentions) => mentions <= 0 ? 0 : 1 - 0.3 / mentions;

    public static double LengthNorm(int length, double averageLength) =>
        averageLength > 0 ? K1 * (1 - B + B * length / averageLength) : K1;

    public static double TermScore(double idf, int tf, double lengthNorm) => idf * tf * (K1 + 1) / (tf + lengthNorm);

    /// <summary>The best BM25 a resume could reach for these terms, as tf grows without bound.</summary>
    public static double IdealBm25(IEnumerable<double> idfs) => idfs.Sum(i => i * (K1 + 1));

    public static double Keyword(double bm25, double ideal) =>
        ideal <= 0 ? 0 : 1 - Math.Exp(-KeywordSaturation * bm25 / ideal);

    public static double TitleRecency(int titleIndex) => 1.0 - 0.1 * titleIndex;

    /// <summary>Title overlap scaled by how far apart the seniorities are; unknown seniority is a small doubt.</summary>
    public static double Title(double bestOverlap, Seniority job, Seniority candidate)
    {
        if (job == Seniority.Unknown)
        {
            return bestOverlap;
        }

        var factor = candidate == Seniority.Unknown
            ? 0.85
            : Math.Abs((int)job - (int)candidate) switch
            {
                0 => 1.0,
                1 => 0.85,
                2 => 0.7,
                _ => 0.55,
            };
        return bestOverlap * (0.6 + 0.4 * factor);
    }

    public static double Experience(double years, double asked) => Math.Min(1.0, Math.Max(0, years) / asked);

    public static double Education(EducationLevel candidate, EducationLevel asked, bool fieldStated, bool fieldMatches)
    {
        var gap = (int)asked - (int)candidate;
        var level = gap switch
        {
            <= 0 => 1.0,
            1 => 0.5,
            2 => 0.25,
            _ => 0.0,
        };
        return fieldStated && !fieldMatches ? level * 0.85 : level;
    }

    /// <summary>
    /// Weighted mean of the applicable components; a component the job does not ask about (NaN)
    /// gives its weight to the others instead of counting as zero. Rounded to 4 decimals.
    /// </summary>
    public static double Combine(WeightageProfile w, double required, double preferred, double keyword, double title, double experience, double education)
    {
        double sum = 0, weight = 0;
        Add(ref sum, ref weight, w.RequiredSkills, required);
        Add(ref sum, ref weight, w.PreferredSkills, preferred);
        Add(ref sum, ref weight, w.KeywordRelevance, keyword);
        Add(ref sum, ref weight, w.TitleSimilarity, title);
        Add(ref sum, ref weight, w.ExperienceFit, experience);
        Add(ref sum, ref weight, w.EducationFit, education);
        return weight > 0 ? Math.Round(sum / weight, 4, MidpointRounding.AwayFromZero) : 0;
    }

    private static void Add(ref double sum, ref double weight, double w, double value)
    {
        if (!double.IsNaN(value) && w > 0)
        {
            sum += w * value;
            weight += w;
        }
    }
}
