using RecruiterPortal.Core.Skills;

namespace RecruiterPortal.Core.JobPostings;

/// <summary>
/// Finds the terms a job leans on that the taxonomy does not know: runs of content words between
/// stop words and punctuation, ranked by frequency, length and capitalisation (product names).
/// </summary>
internal sealed class KeyPhraseExtractor(SkillTaxonomy taxonomy, int maxPhrases = 12)
{
    private const int MaxWords = 3;

    public IReadOnlyList<string> Extract(IEnumerable<string> lines)
    {
        var stats = new Dictionary<string, PhraseStats>(StringComparer.Ordinal);
        var position = 0;
        foreach (var line in lines)
        {
            var tokens = SkillText.Tokenize(line);
            var covered = CoveredBySkills(line, tokens);
            var run = new List<int>();
            for (var i = 0; i <= tokens.Count; i++)
            {
                var breaks = i == tokens.Count || covered[i] || !IsContent(tokens[i])
                    || (run.Count > 0 && !SkillText.IsContiguousPhrase(tokens, i - 1, 2));
                if (breaks)
                {
                    AddRun(stats, tokens, run, ref position);
                    run.Clear();
                }

                if (i < tokens.Count && !covered[i] && IsContent(tokens[i]))
                {
                    run.Add(i);
                }
            }
        }

        var ranked = stats
            .Where(p => p.Value.Count > 1 || p.Value.Capitalised || p.Key.Contains(' '))
            .OrderByDescending(p => p.Value.Score)
            .ThenBy(p => p.Value.FirstPosition)
            .ToList();
        var chosen = new List<KeyValuePair<string, PhraseStats>>();
        foreach (var candidate in ranked)
        {
            // A word already inside a chosen phrase adds nothing unless it also stands alone more often.
            var subsumed = chosen.Any(c => c.Key.Contains(' ') && ($" {c.Key} ").Contains($" {candidate.Key} ", StringComparison.Ordinal)
                && c.Value.Count >= candidate.Value.Count);
            if (!subsumed)
            {
                chosen.Add(candidate);
            }

            if (chosen.Count == maxPhrases)
            {
                break;
            }
        }

        return chosen.Select(c => c.Value.Display).ToList();
    }

    private bool[] CoveredBySkills(string line, List<SkillText.Token> tokens)
    {
        var covered = new bool[tokens.Count];
        foreach (var mention in taxonomy.FindMentions(line))
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Start >= mention.Start && tokens[i].Start < mention.Start + mention.Length)
                {
                    covered[i] = true;
                }
            }
        }

        return covered;
    }

    private static bool IsContent(SkillText.Token token) =>
        token.Normalized.Length >= 3 && !StopWords.Contains(token.Normalized) && !token.Normalized.Any(char.IsDigit);

    private static void AddRun(Dictionary<string, PhraseStats> stats, List<SkillText.Token> tokens, List<int> run, ref int position)
    {
        // Every phrase of up to three words inside the run, so "patient safety" is found inside
        // "patient safety standards" as well as on its own.
        for (var start = 0; start < run.Count; start++)
        {
            for (var n = 1; n <= MaxWords && start + n <= run.Count; n++)
            {
                var words = Enumerable.Range(start, n).Select(k => tokens[run[k]]).ToList();
                var key = string.Join(' ', words.Select(w => w.Normalized));
                // A capital not at the start of the line marks a name: "Incident Command", "ServiceNow".
                var capitalised = words.All(w => char.IsUpper(w.Text[0])) && run[start] > 0;
                if (!stats.TryGetValue(key, out var s))
                {
                    s = new PhraseStats(string.Join(' ', words.Select(w => w.Text)), n, position++);
                    stats[key] = s;
                }

                s.Count++;
                s.Capitalised |= capitalised;
            }
        }
    }

    private sealed class PhraseStats(string display, int words, int firstPosition)
    {
        public string Display { get; } = display;

        public int FirstPosition { get; } = firstPosition;

        public int Count { get; set; }

        public bool Capitalised { get; set; }

        public double Score => Count * (1 + 0.5 * (words - 1)) + (Capitalised ? 1.5 : 0);
    }
}
