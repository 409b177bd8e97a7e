using System.Text.RegularExpressions;
using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.CoverLetters;

/// <summary>
/// Reads a writing style from a sample letter with plain text statistics: sentence and paragraph
/// lengths, contractions, compound sentences, the action verbs and transitions the writer uses,
/// their recurring first-person openings, and a formality figure made from those. Deterministic:
/// the same text always gives the same style. The greeting, sign-off and signature lines are not
/// counted as body text.
/// </summary>
public sealed partial class WritingStyleExtractor(SkillTaxonomy taxonomy)
{
    /// <summary>What <see cref="WritingSample.ExtractionModel"/> says when only the statistics were used.</summary>
    public const string Method = "text_statistics";

    /// <summary>Words from which a sample counts as fully representative (confidence 1).</summary>
    public const int RepresentativeWords = 250;

    private static readonly string[] ActionVerbs =
    [
        "achieved", "architected", "automated", "boosted", "built", "championed", "coached", "collaborated", "created", "cut",
        "delivered", "designed", "developed", "drove", "enabled", "engineered", "established", "executed", "expanded", "grew",
        "guided", "implemented", "improved", "increased", "initiated", "launched", "led", "managed", "mentored", "migrated",
        "modernized", "optimized", "orchestrated", "organised", "organized", "owned", "pioneered", "reduced", "redesigned", "refactored",
        "resolved", "scaled", "shipped", "simplified", "spearheaded", "streamlined", "strengthened", "supported", "transformed", "wrote",
    ];

    private static readonly string[] Transitions =
    [
        "Building on this", "In addition", "As a result", "That said", "On top of that", "For example", "For instance", "In particular",
        "Beyond that", "At the same time", "Most recently", "More recently", "Above all",
        "Furthermore", "Additionally", "Moreover", "However", "Consequently", "Therefore", "Likewise", "Similarly", "Ultimately",
        "Finally", "Also", "Plus", "Besides", "Honestly", "Anyway", "Then", "So", "And", "But",
    ];

    private static readonly string[] CasualWords =
        ["awesome", "super", "totally", "really", "pretty", "stuff", "cool", "love", "loved", "fun", "huge", "kinda", "guys", "hey", "hi", "thanks", "yeah"];

    private static readonly string[] WarmWords =
        ["passionate", "excited", "thrilled", "delighted", "enjoy", "enjoyed", "love", "inspired", "eager", "grateful"];

    private static readonly string[] Closings =
        ["sincerely", "yours sincerely", "yours faithfully", "best regards", "kind regards", "warm regards", "regards", "best", "best wishes", "cheers", "thanks", "thank you", "all the best", "respectfully", "many thanks", "warmly"];

    public WritingStyle Extract(string text)
    {
        var (salutation, body, closing) = Split(text);
        var paragraphs = body.Where(p => Words(p).Count > 0).ToList();
        var sentences = paragraphs.SelectMany(Sentences).ToList();
        var words = paragraphs.SelectMany(Words).ToList();
        var wordCount = Math.Max(words.Count, 1);
        var sentenceCount = Math.Max(sentences.Count, 1);

        var contractions = words.Count(IsContraction);
        var compound = sentences.Count(s => CompoundPattern().IsMatch(s));
        var longWords = words.Count(w => w.Length >= 7 && !IsContraction(w));
        var exclamations = sentences.Count(s => s.EndsWith('!'));
        var casual = words.Count(w => CasualWords.Contains(w.ToLowerInvariant()));
        var warm = words.Count(w => WarmWords.Contains(w.ToLowerInvariant()));
        var avgWords = (double)words.Count / sentenceCount;
        var contractionRate = 100.0 * contractions / wordCount;

        var formality = 0.5
            + 0.25 * Clamp((avgWords - 15) / 10, -1, 1)
            - 0.25 * Clamp(contractionRate / 3, 0, 1)
            + 0.2 * Clamp((((double)longWords / wordCount) - 0.2) / 0.15, -1, 1)
            - 0.1 * Clamp(5.0 * exclamations / sentenceCount, 0, 1)
            - 0.1 * Clamp(50.0 * casual / wordCount, 0, 1);
        formality = Math.Round(Clamp(formality, 0, 1), 2);

        var bodyText = string.Join("\n\n", paragraphs);
        var technical = taxonomy.FindMentions(bodyText).Sum(m => Words(m.MatchedText).Count);

        return new WritingStyle
        {
            Tone = Tone(formality, warm),
            FormalityLevel = formality,
            SentenceStructure = new WritingStyle.SentenceStructurePart
            {
                AvgWordsPerSentence = Math.Round(avgWords, 1),
                CompoundSentenceRatio = Math.Round((double)compound / sentenceCount, 2),
                UsesContractions = contractions > 0,
                ContractionsPer100Words = Math.Round(contractionRate, 2),
            },
            Vocabulary = new WritingStyle.VocabularyPart
            {
                TechnicalDensity = Math.Round((double)technical / wordCount, 2),
                ActionVerbPreference = words.Select(w => w.ToLowerInvariant()).Where(ActionVerbs.Contains)
                    .GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => words.FindIndex(w => w.Equals(g.Key, StringComparison.OrdinalIgnoreCase)))
                    .Take(5).Select(g => g.Key).ToList(),
                TransitionPhrases = sentences.Select(TransitionOf).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Take(6).ToList(),
            },
            ParagraphStructure = new WritingStyle.ParagraphStructurePart
            {
                OpeningStyle = sentences.Count == 0 ? "direct_statement" : OpeningStyle(sentences[0]),
                UsesTopicSentences = paragraphs.Count > 0 && paragraphs.Count(p => Sentences(p).Count >= 2) * 2 >= paragraphs.Count,
                AvgSentencesPerParagraph = Math.Round((double)sentences.Count / Math.Max(paragraphs.Count, 1), 1),
            },
            SignaturePhrases = SignaturePhrases(sentences),
            Salutation = salutation,
            Closing = closing,
            Counts = new WritingStyle.CountsPart(words.Count, sentences.Count, paragraphs.Count, contractions),
        };
    }

    /// <summary>How far a sample of this many words can be trusted: 0 to 1, reaching 1 at <see cref="RepresentativeWords"/>.</summary>
    public static double Confidence(int words) => Math.Round(Math.Min(1.0, words / (double)RepresentativeWords), 2);

    /// <summary>Words as the statistics count them: letters with inner apostrophes or hyphens, and numbers.</summary>
    public static List<string> Words(string text) =>
        WordPattern().Matches(text.Replace('’', '\'')).Select(m => m.Value).ToList();

    /// <summary>The sentences of a paragraph, each with its end mark.</summary>
    public static List<string> Sentences(string paragraph)
    {
        var flat = Regex.Replace(paragraph.Replace('’', '\''), @"\s+", " ").Trim();
        return SentencePattern().Split(flat).Select(s => s.Trim()).Where(s => Words(s).Count > 0).ToList();
    }

    public static bool IsContraction(string word)
    {
        var w = word.ToLowerInvariant().Replace('’', '\'');
        return ContractionPattern().IsMatch(w) || w is "it's" or "that's" or "there's" or "here's" or "what's" or "he's" or "she's" or "let's" or "who's" or "where's";
    }

    /// <summary>The greeting, the body paragraphs and the sign-off of a letter.</summary>
    private static (string? Salutation, List<string> Body, string? Closing) Split(string text)
    {
        var paragraphs = ParagraphBreak().Split(text.Replace("\r\n", "\n").Replace('\r', '\n'))
            .Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        string? salutation = null, closing = null;
        if (paragraphs.Count > 0)
        {
            var firstLine = paragraphs[0].Split('\n')[0].Trim();
            if (SalutationPattern().IsMatch(firstLine) && Words(firstLine).Count <= 6)
            {
                salutation = GenericSalutation(firstLine);
                var rest = paragraphs[0][firstLine.Length..].Trim();
                if (rest.Length > 0)
                {
                    paragraphs[0] = rest;
                }
                else
                {
                    paragraphs.RemoveAt(0);
                }
            }
        }

        for (var i = 0; i < paragraphs.Count; i++)
        {
            var lines = paragraphs[i].Split('\n');
            var at = Array.FindIndex(lines, l => Closings.Contains(l.Trim().TrimEnd(',', '.', '!').ToLowerInvariant()));
            if (at < 0)
            {
                continue;
            }

            closing = lines[at].Trim();
            var before = string.Join('\n', lines[..at]).Trim();
            paragraphs = [.. paragraphs[..i], .. before.Length > 0 ? new[] { before } : []];
            break;
        }

        return (salutation, paragraphs, closing);
    }

    /// <summary>A greeting without the name it was addressed to: names in a sample are not the candidate's to reuse.</summary>
    private static string GenericSalutation(string line)
    {
        var word = line.Split(' ', 2)[0].TrimEnd(',');
        return word.ToLowerInvariant() switch
        {
            "dear" => line.Contains("team", StringComparison.OrdinalIgnoreCase) ? "Dear Hiring Team," : "Dear Hiring Manager,",
            "hi" => "Hi there,",
            "hello" => "Hello,",
            "hey" => "Hey there,",
            _ => "To whom it may concern,",
        };
    }

    private static string Tone(double formality, int warmWords) => formality switch
    {
        >= 0.75 => "formal",
        >= 0.55 => warmWords > 0 ? "professional_warm" : "professional",
        >= 0.35 => "conversational",
        _ => "casual",
    };

    private static string OpeningStyle(string first)
    {
        var lower = first.ToLowerInvariant();
        if (first.EndsWith('?'))
        {
            return "question";
        }

        if (WarmWords.Any(w => Words(lower).Contains(w)) || first.EndsWith('!'))
        {
            return "enthusiastic_hook";
        }

        if (lower.StartsWith("i am writing", StringComparison.Ordinal) || lower.StartsWith("i'm writing", StringComparison.Ordinal)
            || lower.Contains("to apply for", StringComparison.Ordinal) || lower.Contains("to express my interest", StringComparison.Ordinal))
        {
            return "statement_of_intent";
        }

        return "direct_statement";
    }

    private static string? TransitionOf(string sentence)
    {
        foreach (var t in Transitions)
        {
            if (sentence.StartsWith(t, StringComparison.Ordinal) && sentence.Length > t.Length && !char.IsLetterOrDigit(sentence[t.Length]))
            {
                return sentence[..t.Length];
            }
        }

        return null;
    }

    /// <summary>First-person openings of up to four words, most used first, that name no skill or figure.</summary>
    private List<string> SignaturePhrases(List<string> sentences)
    {
        var phrases = new List<string>();
        foreach (var sentence in sentences)
        {
            var words = Words(sentence);
            if (words.Count < 5 || words[0] is not ("I" or "I'm" or "I've" or "I'd" or "I'll" or "My"))
            {
                continue;
            }

            var take = Math.Min(4, words.Count - 1);
            var phrase = string.Join(' ', words.Take(take));
            if (!phrase.Any(char.IsDigit) && taxonomy.FindMentions(phrase).Count == 0)
            {
                phrases.Add(phrase);
            }
        }

        return phrases.GroupBy(p => p, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => phrases.IndexOf(g.First()))
            .Take(5).Select(g => g.First()).ToList();
    }

    private static double Clamp(double value, double min, double max) => Math.Max(min, Math.Min(max, value));

    [GeneratedRegex(@"[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[""'(\[]?[A-Z0-9])")]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"^[a-z]+(n't|'m|'re|'ve|'ll|'d)$")]
    private static partial Regex ContractionPattern();

    [GeneratedRegex(@",\s+(and|but|so|or|yet|while|which)\s|;\s")]
    private static partial Regex CompoundPattern();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"^(dear|hi|hello|hey|to whom)\b.*[,:]?$", RegexOptions.IgnoreCase)]
    private static partial Regex SalutationPattern();
}
