using RecruiterPortal.Core.JobPostings;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.Matching;

/// <summary>
/// Turns text into the terms keyword relevance and title similarity compare. A skill named by any
/// alias becomes one term for its canonical skill ("K8s" and "Kubernetes" are the same term); other
/// words are lower-cased, stripped of a plural "s" and dropped when they are stop words.
/// </summary>
public sealed class MatchTerms(SkillTaxonomy taxonomy)
{
    /// <summary>Prefix that keeps skill terms apart from ordinary words of the same spelling.</summary>
    public const string SkillPrefix = "~";

    private static readonly HashSet<string> _seniorityWords = new(StringComparer.Ordinal)
    {
        "senior", "sr", "junior", "jr", "lead", "principal", "staff", "intern", "ii", "iii", "iv", "entry",
        "mid", "head", "chief", "associate", "trainee", "apprentice", "graduate",
    };

    /// <summary>Terms of a text in text order, repeats kept.</summary>
    public List<string> Extract(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        var tokens = SkillText.Tokenize(text);
        var mentions = taxonomy.FindMentions(text);
        var m = 0;
        foreach (var token in tokens)
        {
            while (m < mentions.Count && mentions[m].Start + mentions[m].Length <= token.Start)
            {
                m++;
            }

            if (m < mentions.Count && token.Start >= mentions[m].Start)
            {
                // The first word of a mention stands for the whole skill; the rest are part of it.
                if (token.Start == mentions[m].Start)
                {
                    terms.Add(SkillPrefix + mentions[m].Skill.Key);
                }

                continue;
            }

            var word = Stem(token.Normalized);
            if (word.Length > 1 && !StopWords.Contains(token.Normalized) && !StopWords.Contains(word) && !word.All(char.IsDigit))
            {
                terms.Add(word);
            }
        }

        return terms;
    }

    /// <summary>Distinct title terms without seniority words, in title order.</summary>
    public List<string> TitleTerms(string? title) =>
        Extract(title).Where(t => !_seniorityWords.Contains(t)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The term a canonical skill name is counted under.</summary>
    public static string SkillTerm(string skillName) => SkillPrefix + SkillText.NormalizePhrase(skillName);

    private static string Stem(string word) =>
        word.Length > 4 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') ? word[..^1] : word;
}
