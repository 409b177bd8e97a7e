using System.Collections.Frozen;

namespace RecruiterPortal.Core.JobPostings;

/// <summary>
/// Words that carry no signal for matching: English function words plus the boilerplate every job
/// ad and resume shares ("experience", "team", "strong"), which would otherwise dominate keyword scores.
/// </summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> _words = FrozenSet.ToFrozenSet(
    [
        "a", "about", "above", "across", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "been", "being", "both", "but", "by", "can", "could", "do", "does", "doing", "each", "either",
        "etc", "for", "from", "get", "has", "have", "having", "he", "her", "here", "his", "how", "i", "if",
        "in", "into", "is", "it", "its", "just", "may", "me", "more", "most", "much", "must", "my", "no",
        "not", "of", "on", "or", "other", "our", "ours", "out", "over", "own", "per", "same", "she", "should",
        "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "up", "upon", "us", "very", "via", "was", "we", "were",
        "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "within", "would",
        "you", "your", "yours", "we're", "you'll", "you're", "we'll", "it's", "who's", "what's", "don't",
        "ability", "able", "across", "additional", "advantage", "applicants", "apply", "based", "big",
        "bonus", "candidate", "candidates", "closely", "company", "daily", "day", "degree", "demonstrated",
        "desirable", "desired", "duties", "e.g", "effective", "effectively", "environment", "equivalent",
        "excellent", "experience", "experienced", "familiarity", "field", "good", "great", "help", "helpful",
        "highly", "ideal", "ideally", "including", "join", "job", "key", "knowledge", "level", "like",
        "looking", "make", "minimum", "month", "months", "need", "needed", "new", "nice", "one", "opportunity",
        "plus", "position", "preferred", "proficiency", "proficient", "proven", "related", "relevant",
        "required", "requirement", "requirements", "responsibilities", "responsible", "role", "skill",
        "skills", "solid", "strong", "team", "teams", "understanding", "using", "well", "work", "working",
        "year", "years", "yrs", "qualifications", "qualification", "preferably", "least", "including",
        "ensure", "ensuring", "provide", "providing",
    ]);

    public static bool Contains(string normalizedWord) => _words.Contains(normalizedWord);
}
