namespace RecruiterPortal.Core.Matching;

/// <summary>
/// Collection statistics for keyword relevance (BM25): how many resumes there are, their average
/// length and how many contain each term. Without a corpus every term weighs the same and each
/// resume is judged at its own length.
/// </summary>
public sealed class CorpusStatistics(int documentCount, double averageLength, IReadOnlyDictionary<string, int> documentFrequencies)
{
    public static CorpusStatistics Empty { get; } = new(0, 0, new Dictionary<string, int>());

    public int DocumentCount { get; } = documentCount;

    public double AverageLength { get; } = averageLength;

    public int DocumentFrequency(string term) => documentFrequencies.GetValueOrDefault(term);

    /// <summary>BM25's inverse document frequency, always positive; 1 for every term without a corpus.</summary>
    public double InverseDocumentFrequency(string term)
    {
        if (DocumentCount == 0)
        {
            return 1.0;
        }

        double df = DocumentFrequency(term);
        return Math.Log(1 + (DocumentCount - df + 0.5) / (df + 0.5));
    }

    public static CorpusStatistics From(IEnumerable<CandidateFeatures> candidates)
    {
        var count = 0;
        long totalLength = 0;
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            count++;
            totalLength += candidate.Length;
            foreach (var term in candidate.TermFrequencies.Keys)
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
            }
        }

        return new CorpusStatistics(count, count == 0 ? 0 : (double)totalLength / count, frequencies);
    }
}
